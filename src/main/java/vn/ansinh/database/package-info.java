/**
 * Database infrastructure: the embedded PostgreSQL server used by default, or an external server by configuration.
 * Every module reaches the database only through the {@link javax.sql.DataSource} this module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package vn.ansinh.database;
