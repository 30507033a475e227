import { resourceRouter } from '../../shared/router';
import * as account from './account';
import * as message from './message';
import * as sendLog from './sendLog';
import * as subAccount from './subAccount';
import * as template from './template';
import type { LiupaiOperations } from './node.type';

export const router = resourceRouter<LiupaiOperations>({ account, message, sendLog, subAccount, template });
