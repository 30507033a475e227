import { resourceRouter } from '../../shared/router';
import * as account from './account';
import * as message from './message';
import * as number from './number';
import * as report from './report';
import * as template from './template';
import type { UpyunSmsOperations } from './node.type';

export const router = resourceRouter<UpyunSmsOperations>({ account, message, number, report, template });
