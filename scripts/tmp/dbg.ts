import { parse as chronoParse } from 'chrono-node/en';
const CHRONO_CUE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|(?:march|may)\s+\d|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|(?:days?|weeks?)\s+ago)\b|\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/i;
const s = 'payable on March 26, alongside';
const re = new RegExp(CHRONO_CUE.source, 'gi');
console.log(re.exec(s));
