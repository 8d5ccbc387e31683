import * as migration_20261130_005657_initial from './20261130_005657_initial';

export const migrations = [
  {
    up: migration_20261130_005657_initial.up,
    down: migration_20261130_005657_initial.down,
    name: '20261130_005657_initial'
  },
];
