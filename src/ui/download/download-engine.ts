// The engine calls behind the downloads panel: every file is built in the worker.
import type { EngineClient } from '../../worker/client';

export type DownloadEngine = Pick<EngineClient, 'sageZip' | 'validationZip'>;
