"""Rasterise the app icon: resources/icons/fieldkit.svg -> fieldkit.png (256x256) and fieldkit.ico.

    uv run python scripts/make_icons.py

svglib reads the SVG into a reportlab drawing; reportlab's own bitmap renderer needs an extra package
(rlPyCairo), so this walks the drawing's shapes instead and fills them with Pillow, drawn four times
larger and scaled down for smooth edges. It handles what the icon uses: flat fills of rectangles
(rounded or not), polygons and paths of lines and cubic curves, under group transforms.
Run it again after editing the SVG and commit the three files together.
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.graphics.shapes import Drawing, Group, Polygon, Rect, Shape
from reportlab.graphics.shapes import Path as RLPath
from svglib.svglib import svg2rlg

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256
SUPERSAMPLE = 4
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

Matrix = tuple[float, float, float, float, float, float]  # reportlab's (a, b, c, d, e, f)
Point = tuple[float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m applied after n."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f)


def apply(m: Matrix, point: Point) -> Point:
    x, y = point
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def bezier(p0: Point, p1: Point, p2: Point, p3: Point, steps: int = 24) -> list[Point]:
    out = []
    for i in range(1, steps + 1):
        t = i / steps
        mt = 1 - t
        out.append(
            (
                mt**3 * p0[0] + 3 * mt**2 * t * p1[0] + 3 * mt * t**2 * p2[0] + t**3 * p3[0],
                mt**3 * p0[1] + 3 * mt**2 * t * p1[1] + 3 * mt * t**2 * p2[1] + t**3 * p3[1],
            )
        )
    return out


def rect_outline(rect: Rect) -> list[Point]:
    x, y, w, h = float(rect.x), float(rect.y), float(rect.width), float(rect.height)
    rx = min(float(rect.rx or 0), w / 2)
    ry = min(float(rect.ry or rect.rx or 0), h / 2)
    if rx <= 0 or ry <= 0:
        return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    out: list[Point] = []
    corners = ((x + w - rx, y + ry, -90), (x + w - rx, y + h - ry, 0), (x + rx, y + h - ry, 90), (x + rx, y + ry, 180))
    for cx, cy, start in corners:
        for i in range(17):
            angle = math.radians(start + 90 * i / 16)
            out.append((cx + rx * math.cos(angle), cy + ry * math.sin(angle)))
    return out


def path_outlines(path: RLPath) -> list[list[Point]]:
    points = [(float(path.points[i]), float(path.points[i + 1])) for i in range(0, len(path.points), 2)]
    counts = {0: 1, 1: 1, 2: 3, 3: 0}  # moveTo, lineTo, curveTo, closePath: points each takes
    outlines: list[list[Point]] = []
    current: list[Point] = []
    index = 0
    for op in path.operators:
        taken = points[index : index + counts[op]]
        index += counts[op]
        if op == 0:
            if len(current) > 2:
                outlines.append(current)
            current = [taken[0]]
        elif op == 1:
            current.append(taken[0])
        elif op == 2:
            current.extend(bezier(current[-1], *taken))
        elif op == 3 and len(current) > 2:
            outlines.append(current)
            current = []
    if len(current) > 2:
        outlines.append(current)
    return outlines


def filled_shapes(node: Shape, transform: Matrix) -> Iterator[tuple[list[Point], tuple[int, int, int, int]]]:
    """Every filled outline in the drawing, in painting order, with its transform applied."""
    if isinstance(node, Group):
        inner = multiply(transform, tuple(node.transform))  # type: ignore[arg-type]
        for child in node.contents:
            yield from filled_shapes(child, inner)
        return
    fill = getattr(node, "fillColor", None)
    if fill is None:
        return
    rgba = tuple(round(v * 255) for v in fill.rgba())
    if isinstance(node, Rect):
        outlines = [rect_outline(node)]
    elif isinstance(node, Polygon):
        pts = node.points
        outlines = [[(float(pts[i]), float(pts[i + 1])) for i in range(0, len(pts), 2)]]
    elif isinstance(node, RLPath):
        outlines = path_outlines(node)
    else:
        raise SystemExit(f"make_icons: {type(node).__name__} is not supported; use rect, polygon or path")
    for outline in outlines:
        yield [apply(transform, p) for p in outline], rgba  # type: ignore[misc]


def render(drawing: Drawing, size: int) -> Image.Image:
    scale = size * SUPERSAMPLE / float(drawing.width)
    big = size * SUPERSAMPLE
    # reportlab's y axis points up; the image's points down.
    to_pixels: Matrix = (scale, 0.0, 0.0, -scale, 0.0, float(drawing.height) * scale)
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    for node in drawing.contents:
        for outline, rgba in filled_shapes(node, to_pixels):
            layer = Image.new("RGBA", (big, big), (0, 0, 0, 0))
            ImageDraw.Draw(layer).polygon(outline, fill=rgba)
            image = Image.alpha_composite(image, layer)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main(argv: Sequence[str] | None = None) -> int:
    logging.getLogger("svglib").setLevel(logging.ERROR)
    drawing = svg2rlg(str(ICONS / "fieldkit.svg"))
    if drawing is None:
        raise SystemExit("make_icons: cannot read resources/icons/fieldkit.svg")
    png = render(drawing, SIZE)
    png.save(ICONS / "fieldkit.png", optimize=True)
    png.save(ICONS / "fieldkit.ico", sizes=ICO_SIZES)
    for name in ("fieldkit.png", "fieldkit.ico"):
        print(f"wrote resources/icons/{name} ({(ICONS / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
