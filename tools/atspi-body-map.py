#!/usr/bin/env python3
"""Lists what a screen reader sees of the pain form's body map, over AT-SPI (the bus Orca reads).

Run by tools/atspi-check inside a D-Bus session with the AT-SPI registry and an X server, while
`backstride --demo` shows its pain form. Prints the map's children: role, name, states."""
import sys
import time

import pyatspi


def find(node, predicate, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if predicate(node):
            return node
        for i in range(node.childCount):
            found = find(node.getChildAtIndex(i), predicate, depth + 1)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def main():
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.time() + 30
    body_map = None
    while time.time() < deadline and body_map is None:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "backstride" in (app.name or "").lower():
                body_map = find(app, lambda n: n.name == "Body map of pain sites"
                                and n.getRoleName() != "label")
        if body_map is None:
            time.sleep(0.5)
    if body_map is None:
        print("no body map found on the AT-SPI bus", file=sys.stderr)
        return 1
    print(f"{body_map.getRoleName()}: {body_map.name} — {body_map.childCount} children")
    print(f"  description: {body_map.description}")
    for i in range(body_map.childCount):
        site = body_map.getChildAtIndex(i)
        states = [pyatspi.stateToString(s) for s in site.getState().getStates()
                  if s in (pyatspi.STATE_CHECKED, pyatspi.STATE_FOCUSED, pyatspi.STATE_FOCUSABLE,
                           pyatspi.STATE_CHECKABLE)]
        print(f"  {i + 1:2}. {site.getRoleName():10} {site.name:40} {' '.join(states)}")
    return 0 if body_map.childCount == 22 else 1


sys.exit(main())
