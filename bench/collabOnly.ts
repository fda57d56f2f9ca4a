// Only the collaboration bench, for when the rest is not wanted: node --import tsx bench/collabOnly.ts
import { benchCollab } from './collab.bench';
import { getCollabLines } from './collabLines';

console.log(getCollabLines(await benchCollab()).join('\n'));
