import * as migration_20261130_005657_initial from './20261130_005657_initial';
import * as migration_20261206_025757_site_changes from './20261206_025757_site_changes';
import * as migration_20261206_034306_security_sign_in_limits from './20261206_034306_security_sign_in_limits';

export const migrations = [
  {
    up: migration_20261130_005657_initial.up,
    down: migration_20261130_005657_initial.down,
    name: '20261130_005657_initial',
  },
  {
    up: migration_20261206_025757_site_changes.up,
    down: migration_20261206_025757_site_changes.down,
    name: '20261206_025757_site_changes'
  },
  {
    up: migration_20261206_034306_security_sign_in_limits.up,
    down: migration_20261206_034306_security_sign_in_limits.down,
    name: '20261206_034306_security_sign_in_limits'
  },
];
