#!/usr/bin/env bash
# Release script: pushes the build, warms the caches, runs the migrations.
set -euo pipefail

curl -fsS -u deploy:FakeCurlPw-81xQ https://artifacts.example.test/upload -T dist.tgz
wget --user=mirror --password=FakeWgetPw_4d9 https://mirror.example.test/base.tar.gz
git clone https://ci-bot:FakeGitPat7Qm2x9@git.example.test/platform/infra.git
docker login registry.example.test -u robot -p FakeDockerPw3kZ
mysql -h db.internal -u app -pFakeMysqlPw77 app < migrations.sql
redis-cli -h cache.internal -a FakeRedisCliPw9 FLUSHDB
psql "postgresql://reporting:FakePsqlUrlPw5@db.internal:5432/reports" -c 'select 1'
