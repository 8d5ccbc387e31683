import * as migration_20261129_224024_initial from './20261129_224024_initial';

export const migrations = [
  {
    up: migration_20261129_224024_initial.up,
    down: migration_20261129_224024_initial.down,
    name: '20261129_224024_initial'
  },
];
