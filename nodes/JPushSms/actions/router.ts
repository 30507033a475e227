import { resourceRouter } from '../../shared/router';
import * as account from './account';
import * as message from './message';
import * as report from './report';
import * as scheduledMessage from './scheduledMessage';
import * as signature from './signature';
import * as template from './template';
import * as verificationCode from './verificationCode';
import type { JPushSmsOperations } from './node.type';

export const router = resourceRouter<JPushSmsOperations>({ account, message, report, scheduledMessage, signature, template, verificationCode });
