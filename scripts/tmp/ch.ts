import { parse } from 'chrono-node/en';
const s = process.argv[2];
for (const r of parse(s, new Date('2024-02-02'))) console.log(r.index, JSON.stringify(r.text), r.start.isCertain('month'), r.start.isCertain('day'), r.start.get('year'));
