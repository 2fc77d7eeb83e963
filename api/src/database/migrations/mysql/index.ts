import { Initial1795618017193 } from './1795618017193-Initial';
/** MySQL/MariaDB migrations in order; `generate-migration` (README) appends here. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1795618017193];
