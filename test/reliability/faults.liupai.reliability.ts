import { describeFaults } from './faults.suite';

describeFaults('liupai');
