import { describeFaults } from './faults.suite';

describeFaults('yunpian');
