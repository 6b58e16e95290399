/**
 * MicroProfile Health: {@code /health/ready} is UP when the database answers and every migration is
 * applied; {@code /health/live} is UP while the application runs. Load balancers route by
 * readiness.
 */
package nl.leerkring.web.health;
