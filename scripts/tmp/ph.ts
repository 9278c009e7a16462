import { findPeriodPhrases } from '../../utils/extract/stages/periods';
const s = process.argv[2];
console.log(JSON.stringify(findPeriodPhrases(s, 0, s.length, new Date(process.argv[3] ?? '2024-02-02'))));
