import { connectCmi5 } from './cmi5';
import { startPackage } from './startPackage';

void startPackage(connectCmi5);
