#!/bin/sh
# The image's entrypoint (after tini): make the process's uid a named user with a home, then
# run the command. On Kubernetes each student's server runs under the student's own uid, which
# has no line in the image's /etc/passwd (and the root file system may be read-only): without
# one, nbgrader's get_username() raises KeyError, `id -un` fails and HOME is `/`.
#
#   user name: $JUPYTERHUB_USER (set by KubeSpawner), else $NB_USER, else "user<uid>"
#   home:      $HOME unless it is unset or `/`, else /home/<name>; created when missing,
#              else a fresh folder under $TMPDIR (with a warning): never a shared one
#   folder:    the home, unless the pod names a workingDir (the image's own is /)
#   passwd:    the image's /etc/passwd plus one line for this uid, in $TMPDIR, read through
#              nss_wrapper (Debian's libnss-wrapper, LD_PRELOAD), only when the uid has none
set -eu
uid=$(id -u)
gid=$(id -g)
name=${JUPYTERHUB_USER:-${NB_USER:-user$uid}}
tmp=${TMPDIR:-/tmp}
home=${HOME:-/}
[ "$home" = / ] && home=/home/$name
if ! mkdir -p "$home" 2>/dev/null || [ ! -w "$home" ]; then
  fallback=$(mktemp -d "$tmp/home-$uid.XXXXXX")
  echo "nn-backprop: $home is not writable by uid $uid; using $fallback (work there is lost" \
       "when the container stops: mount a volume at $home)" >&2
  home=$fallback
fi
export HOME="$home" USER="$name" LOGNAME="$name"
if ! getent passwd "$uid" >/dev/null 2>&1; then
  wrapper=$(find /usr/lib -name libnss_wrapper.so -print -quit)
  passwd=$(mktemp "$tmp/passwd.XXXXXX")
  cat /etc/passwd >"$passwd"
  printf '%s:x:%s:%s:%s:%s:/bin/bash\n' "$name" "$uid" "$gid" "$name" "$home" >>"$passwd"
  export LD_PRELOAD="$wrapper" NSS_WRAPPER_PASSWD="$passwd" NSS_WRAPPER_GROUP=/etc/group
fi
[ "$(pwd)" = / ] && cd "$home"
exec "$@"
