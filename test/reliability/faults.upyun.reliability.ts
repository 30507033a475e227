import { describeFaults } from './faults.suite';

describeFaults('upyun');
