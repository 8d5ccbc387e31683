import * as migration_20261129_194627_initial from './20261129_194627_initial';

export const migrations = [
  {
    up: migration_20261129_194627_initial.up,
    down: migration_20261129_194627_initial.down,
    name: '20261129_194627_initial'
  },
];
