import * as migration_20261130_002314_initial from './20261130_002314_initial';

export const migrations = [
  {
    up: migration_20261130_002314_initial.up,
    down: migration_20261130_002314_initial.down,
    name: '20261130_002314_initial'
  },
];
