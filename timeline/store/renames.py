"""Swapping two files' names in one step, where the system offers it (Linux's renameat2).

A check that a file is unchanged followed by a rename over it leaves a moment in which another
program's save can land and be overwritten unseen. Exchanging the names instead leaves the
file that stood there under the other name, where it can be read, so no save is ever lost.
"""

from __future__ import annotations

import ctypes
import errno
import os
from collections.abc import Callable
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
# The system or the file system cannot exchange: the caller falls back to a checked rename.
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV}


def _renameat2() -> Callable[..., int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not Linux, or a C library older than glibc 2.28
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _renameat2()


def exchange(first: Path, second: Path) -> bool:
    """Give whether first and second swapped names in one step; False: the system cannot.

    Both must exist. Any other failure raises OSError, as os.replace would.
    """
    if _RENAMEAT2 is None:
        return False
    names = os.fsencode(first), os.fsencode(second)
    if _RENAMEAT2(_AT_FDCWD, names[0], _AT_FDCWD, names[1], _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(second))


def create_only(source: Path, target: Path) -> bool | None:
    """Give whether source now also stands at target, made only if nothing stood there.

    None: the file system has no hard links, and the caller falls back to a checked rename.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno in _UNSUPPORTED | {errno.EPERM, errno.EMLINK}:
            return None
        raise
    return True


__all__ = ["create_only", "exchange"]
