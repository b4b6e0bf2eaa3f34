import { connectScorm12 } from './scorm12';
import { startPackage } from './startPackage';

void startPackage(() => connectScorm12());
