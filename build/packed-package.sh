# Sourced by the check-*.sh scripts with a package id: finds that package in artifacts/packages (packed by
# build/sample.sh or dotnet pack) and sets root, feed, package, version and work, a temporary folder removed on exit.
id="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$root/artifacts/packages"
package="$(ls "$feed"/"$id".[0-9]*.nupkg 2>/dev/null | head -n 1)"
if [ -z "$package" ]; then
  echo "$(basename "$0"): no $id package in $feed; run build/sample.sh or dotnet pack first" >&2
  exit 1
fi
version="$(basename "$package" .nupkg)"; version="${version#"$id".}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
