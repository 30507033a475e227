import { resourceRouter } from '../../shared/router';
import * as conversion from './conversion';
import * as message from './message';
import * as phoneNumber from './phoneNumber';
import * as signature from './signature';
import * as statistics from './statistics';
import * as status from './status';
import * as template from './template';
import type { TencentSmsOperations } from './node.type';

export const router = resourceRouter<TencentSmsOperations>({ conversion, message, phoneNumber, signature, statistics, status, template });
