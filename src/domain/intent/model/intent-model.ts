// A small linear model (one logistic regression per intent over words and character n-grams), trained by
// scripts/train-intent-model.ts on the training messages only and shipped as JSON. It catches phrasings the
// patterns were never written for; its tags stay below the action threshold (see ../confidence.ts).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Intent } from '../intents';
import { modelFeatures } from './features';

/** The shipped weights: per feature, pairs of (intent index, weight). */
export interface IntentModelFile {
  version: 1;
  intents: Intent[];
  bias: number[];
  features: Record<string, number[]>;
}

export const MODEL_PATH = fileURLToPath(new URL('./intent-model.json', import.meta.url));

let model: IntentModelFile | null | undefined;

/** Loads the weights at first use; without the file the classifier runs on its patterns alone. */
function load(): IntentModelFile | null {
  if (model !== undefined) return model;
  try {
    model = existsSync(MODEL_PATH) ? (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as IntentModelFile) : null;
  } catch {
    model = null;
  }
  return model;
}

/** Probability of each intent (0–1) for this text, as the model sees it; empty without a model or features. */
export function modelProbabilities(text: string, file: IntentModelFile | null = load()): Map<Intent, number> {
  const out = new Map<Intent, number>();
  if (!file) return out;
  const features = modelFeatures(text);
  if (features.size === 0) return out;
  const z = [...file.bias];
  for (const f of features) {
    const pairs = file.features[f];
    if (!pairs) continue;
    for (let i = 0; i < pairs.length; i += 2) z[pairs[i]] += pairs[i + 1];
  }
  file.intents.forEach((intent, i) => out.set(intent, 1 / (1 + Math.exp(-z[i]))));
  return out;
}
