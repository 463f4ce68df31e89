-- Reporting role for the dashboard (migration 004)
CREATE ROLE reporting LOGIN PASSWORD 'FakeSql$4z9HkcNypn';
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting;

CREATE TABLE IF NOT EXISTS integrations (
  id serial PRIMARY KEY,
  name text NOT NULL,
  api_key text NOT NULL,
  created_at timestamptz DEFAULT now()
);

-- Seed the maps integration (staging key).
INSERT INTO integrations (name, api_key) VALUES ('maps', 'AIzaSyFAKEUSRTrg5zelNs0BClhRTVckKnkyE2Q');
-- Queue: amqp://ingest:FakeAmqpykskD1cEYO@mq.internal:5672/analytics
