import { resourceRouter } from '../../shared/router';
import * as account from './account';
import * as flow from './flow';
import type { YunpianOperations } from './node.type';
import * as shortUrl from './shortUrl';
import * as signature from './signature';
import * as sms from './sms';
import * as template from './template';
import * as videoSms from './videoSms';
import * as voice from './voice';

export const router = resourceRouter<YunpianOperations>({ account, flow, shortUrl, signature, sms, template, videoSms, voice });
