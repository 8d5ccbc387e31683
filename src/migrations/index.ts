import * as migration_20261129_195607_initial from './20261129_195607_initial';

export const migrations = [
  {
    up: migration_20261129_195607_initial.up,
    down: migration_20261129_195607_initial.down,
    name: '20261129_195607_initial'
  },
];
