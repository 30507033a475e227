import { resourceRouter } from '../../shared/router';
import * as international from './international';
import type { AliyunSmsOperations } from './node.type';
import * as signature from './signature';
import * as sms from './sms';
import * as tag from './tag';
import * as template from './template';

export const router = resourceRouter<AliyunSmsOperations>({ sms, signature, template, tag, international });
