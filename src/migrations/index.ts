import * as migration_20261130_005657_initial from './20261130_005657_initial';
import * as migration_20261206_025719_jobs_leases from './20261206_025719_jobs_leases';

export const migrations = [
  {
    up: migration_20261130_005657_initial.up,
    down: migration_20261130_005657_initial.down,
    name: '20261130_005657_initial',
  },
  {
    up: migration_20261206_025719_jobs_leases.up,
    down: migration_20261206_025719_jobs_leases.down,
    name: '20261206_025719_jobs_leases'
  },
];
