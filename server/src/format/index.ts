import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, gitlab, junit };
export type { FormatInput, Formatter } from './types';
