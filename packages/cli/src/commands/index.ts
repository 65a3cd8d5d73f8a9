/**
 * Every command of `dtc`, each in its own module that adds itself to the program
 * (`register(program, io)`), in the order `dtc --help` lists them.
 */
import type { Command } from 'commander';
import type { Io } from '../program.js';
import { register as validate } from './validate.js';
import { register as score } from './score.js';
import { register as compare } from './compare.js';
import { register as explain } from './explain.js';
import { register as migrate } from './migrate.js';
import { register as template } from './template.js';
import { register as aggregate } from './aggregate.js';

export type Register = (program: Command, io: Io) => void;

export const COMMANDS: Register[] = [
  validate,
  score,
  aggregate,
  compare,
  explain,
  migrate,
  template,
];
