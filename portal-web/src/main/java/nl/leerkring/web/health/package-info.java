/**
 * MicroProfile Health: {@code /health/ready} is UP when the database answers and every migration is
 * applied and a search index is live; {@code /health/live} is UP while the application runs. Load
 * balancers and Kubernetes route by readiness.
 *
 * <p>Decision: health is anonymous, so every check answers UP or DOWN and nothing else. Figures
 * such as the index size or the change-log position move when any gemeente adds a private document,
 * which would let anyone watch another gemeente's activity; platform admins read them on the admin
 * page. Why a check is DOWN is written to the server log.
 */
package nl.leerkring.web.health;
