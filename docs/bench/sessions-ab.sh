#!/bin/bash
# Sessions in the database, before and after (docs/BENCHMARKS.md "Sessions in the database"). Jars and rules under
# /tmp/sessions-bench: main.jar (main, with old/rules from its commit) and branch.jar. Needs curl and wrk.
# Both jars up at once on fresh H2 data dirs, each signed in by the login form; then wrk alternates between them
# (same moment, same load): ab.sh PATH ROUNDS SECONDS CONNECTIONS
path=$1; rounds=${2:-3}; secs=${3:-10}; conns=${4:-1}
cd /work/wt-sessions
start() { # jar port rules
  local dir=$(mktemp -d /tmp/sessions-bench/run-XXXX)
  java -Xmx512m -jar "$1" --server.port=$2 --maturity.data-dir=$dir/data \
    --maturity.security.admin-password=bench-admin-password ${3:+--maturity.rules-dir=$3} > $dir/log 2>&1 &
  echo $! > $dir/pid; echo $dir
}
signin() { # port dir -> session cookie value
  for i in $(seq 1 400); do curl -sf -o /dev/null http://127.0.0.1:$1/login && break; sleep 0.5; done
  local c=$2/cookies
  local csrf=$(curl -s -c $c http://127.0.0.1:$1/login | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b $c -c $c -o /dev/null -X POST --data-urlencode username=admin \
    --data-urlencode password=bench-admin-password --data-urlencode "_csrf=$csrf" http://127.0.0.1:$1/login
  awk '$6=="JSESSIONID"{print $7}' $c | tail -1
}
a=$(start /tmp/sessions-bench/main.jar 18191 /tmp/sessions-bench/old/rules)
b=$(start /tmp/sessions-bench/branch.jar 18192)
sa=$(signin 18191 $a); sb=$(signin 18192 $b)
echo "main (memory sessions): $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$sa" http://127.0.0.1:18191$path)"
echo "branch (JDBC sessions): $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$sb" http://127.0.0.1:18192$path)"
wrk -t1 -c$conns -d5s -H "Cookie: JSESSIONID=$sa" http://127.0.0.1:18191$path > /dev/null
wrk -t1 -c$conns -d5s -H "Cookie: JSESSIONID=$sb" http://127.0.0.1:18192$path > /dev/null
for r in $(seq 1 $rounds); do
  for side in main branch; do
    if [ $side = main ]; then port=18191; s=$sa; else port=18192; s=$sb; fi
    out=$(wrk -t1 -c$conns -d${secs}s --latency -H "Cookie: JSESSIONID=$s" http://127.0.0.1:$port$path)
    echo "round $r $side: $(echo "$out" | awk '/Requests\/sec/{print $2 " req/s"} / 50%/{print "p50 " $2} / 99%/{print "p99 " $2}' | tr '\n' ' ') load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
echo "rows in spring_session on the branch after the runs: (H2 file, not read while running)"
kill $(cat $a/pid) $(cat $b/pid); sleep 3; rm -rf $a $b
