/**
 * The match score, in one place. Written as SQL so the same formula ranks a citizen's matches
 * (profile → ads) and picks the citizens a new ad is announced to (ad → profiles). Each factor is a
 * column of its own, so every result can say why it scored what it did.
 *
 *   occupation  40 the ad's ISCO-08 unit group is a wished occupation, 25 the same minor group
 *   skills      30 × share of the ad's catalogue skills the citizen has (15 when it lists none)
 *   distance    15 × (1 − km / work-area radius); 15 inside a chosen list of municipalities;
 *               outside the work area the ad is not a match at all
 *   hours       10 when full/part time fits what the citizen wants
 *   language     5 when the citizen speaks the ad's language (Danish assumed when none are given)
 *   feedback   −20 same employer as an ad marked "not relevant", −10 an occupation marked twice
 */
export const MAX_SCORE = 100;
/** A new ad is announced to citizens who wish its occupation and whom it fits at least this well. */
export const ALERT_MIN_SCORE = 80;

/** Everything the ranking and the reasons need, as columns over `a` (job_ad) and `p` (match_profile). */
export const FACTORS_SQL = `
  CASE WHEN a.occupation = ANY(p.wished) THEN 40 WHEN a.occupation_group = ANY(p.groups) THEN 25 ELSE 0 END AS occupation_points,
  (SELECT count(*)::int FROM unnest(a.skills) k WHERE k = ANY(p.skills)) AS skills_matched,
  cardinality(a.skills) AS skills_total,
  job_matching.distance_km(p.latitude, p.longitude, a.latitude, a.longitude) AS distance_km,
  (cardinality(p.area_municipalities) > 0) AS by_municipality,
  (p.hours IS NULL OR p.hours = 'both' OR a.hours IS NULL OR a.hours = p.hours) AS hours_ok,
  (a.language = ANY(p.languages) OR (cardinality(p.languages) = 0 AND a.language = 'da')) AS language_ok`;

/** Points per factor, as columns over the factor columns `f` (see {@link FACTORS_SQL}). */
export const POINTS_SQL = (penalty: string) => `
  f.occupation_points,
  CASE WHEN f.skills_total = 0 THEN 15 ELSE round(30.0 * f.skills_matched / f.skills_total)::int END AS skills_points,
  CASE WHEN f.by_municipality THEN 15 WHEN f.distance_km IS NULL THEN 7 ELSE greatest(0, round(15 * (1 - f.distance_km / greatest(p.radius_km, 1))))::int END AS distance_points,
  CASE WHEN f.hours_ok THEN 10 ELSE 0 END AS hours_points,
  CASE WHEN f.language_ok THEN 5 ELSE 0 END AS language_points,
  -(${penalty}) AS feedback_points`;

/** The score: the sum of the point columns `s`. */
export const SCORE_SQL = `greatest(0, s.occupation_points + s.skills_points + s.distance_points + s.hours_points + s.language_points + s.feedback_points)`;

/** FROM/JOIN tail that scores ad `a` for profile `p` and exposes f.*, s.* and `score`. */
export const SCORED_SQL = (penalty = '0') => `
  CROSS JOIN LATERAL (SELECT ${FACTORS_SQL}) f
  CROSS JOIN LATERAL (SELECT ${POINTS_SQL(penalty)}) s
  CROSS JOIN LATERAL (SELECT ${SCORE_SQL} AS score) t`;

/** The ad lies in the citizen's work area. */
export const IN_AREA_SQL = `
  CASE WHEN cardinality(p.area_municipalities) > 0 THEN a.municipality_code = ANY(p.area_municipalities)
       WHEN p.latitude IS NULL THEN true
       ELSE a.latitude BETWEEN p.latitude - p.radius_km / 111.0 AND p.latitude + p.radius_km / 111.0
        AND job_matching.distance_km(p.latitude, p.longitude, a.latitude, a.longitude) <= p.radius_km END`;

/** The ad's place as a zero-size box: `box @> box` is what the GiST box operator class indexes (`box @> point` is not). */
export const AD_PLACE_BOX_SQL = `box(point(a.longitude, a.latitude), point(a.longitude, a.latitude))`;

/** An ad is open until its validThrough. */
export const OPEN_SQL = `(a.valid_through IS NULL OR a.valid_through > now())`;

/** The document full-text search runs on; the expression index in the migration must match it exactly. */
export const SEARCH_DOCUMENT_SQL = `to_tsvector('public.danish_unaccent'::regconfig, (a.title || ' ' || a.employer || ' ' || a.description))`;
