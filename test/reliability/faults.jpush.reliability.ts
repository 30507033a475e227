import { describeFaults } from './faults.suite';

describeFaults('jpush');
