/** The only way the service reaches PostgreSQL: parameterised SQL in, rows out. */
export interface Database {
  query<Row>(sql: string, params: readonly unknown[]): Promise<Row[]>;
}
