import { prepareRecord, scoreMatch } from '../src/domain/dedupe/match';
import { loadLabelled } from '../tests/domain/dedupe/fixtures';
for (const [file, split] of [['companies.jsonl', 'train'], ['hard.jsonl', 'train']] as const) {
  const rs = loadLabelled(file)!.filter((r) => r.split === split);
  const p = rs.map((r) => prepareRecord(r));
  for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
    const r = scoreMatch(p[i], p[j]);
    const same = rs[i].cluster === rs[j].cluster;
    if (same !== (r.verdict === 'duplicate') && (same ? true : r.verdict === 'duplicate')) {
      console.log(same ? 'FN' : 'FP', r.verdict, r.score, '|', rs[i].name, rs[i].country, '|', rs[j].name, rs[j].country, '::', r.reasons.map((x) => x.code).join(','));
    }
  }
}
