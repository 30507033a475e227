import type { ProviderExamples } from './types';
import { jpushExamples } from './jpush';
import { liupaiExamples } from './liupai';
import { upyunExamples } from './upyun';
import { yunpianExamples } from './yunpian';

/**
 * Checks of each provider's example workflows, by provider key (`examples/<key>/`). An example
 * without an entry here still runs in the e2e tests, with the generic checks only.
 */
export const exampleExpectations: Record<string, ProviderExamples> = {
	jpush: jpushExamples,
	liupai: liupaiExamples,
	upyun: upyunExamples,
	yunpian: yunpianExamples,
};
