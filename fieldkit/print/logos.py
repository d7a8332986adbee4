"""Loading the logos a user picks, ready for the output mode.

In print-shop mode every image must be CMYK: a press converts RGB images with its own profile and
logos shift colour. PIL's conversion is naive but predictable; transparency is flattened onto white
first because CMYK images carry no alpha here and logos sit on white areas.

SVG logos are read with svglib into reportlab drawings and stay vector paths; in print-shop mode
every fill and stroke colour in them is converted to CMYK the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader

from fieldkit.print.model import LeafletRequestError


@dataclass(frozen=True)
class Logo:
    reader: ImageReader | None
    aspect: float  # width / height
    has_alpha: bool
    drawing: Drawing | None = None  # an SVG logo, drawn as vector paths


def load_logo(path: Path, cmyk: bool) -> Logo:
    """A logo for drawing: a PNG or JPEG image, or an SVG drawing."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise LeafletRequestError(f"logo {path}: cannot read the file ({exc.strerror})") from exc
    if path.suffix.lower() in (".svg", ".svgz"):
        return _load_svg(str(path), stat.st_mtime_ns, stat.st_size, cmyk)
    return _load(str(path), stat.st_mtime_ns, stat.st_size, cmyk)


@lru_cache(maxsize=16)
def _load_svg(path: str, mtime: int, size: int, cmyk: bool) -> Logo:
    import logging

    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.ERROR)  # it logs unsupported CSS at warning level
    try:
        drawing = svg2rlg(path)
    except Exception as exc:  # svglib raises lxml and parsing errors of many kinds
        raise LeafletRequestError(f"logo {Path(path).name}: not a readable SVG file ({exc})") from exc
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise LeafletRequestError(f"logo {Path(path).name}: the SVG has no size; give it a width and height")
    if cmyk:
        _to_cmyk(drawing)
    return Logo(None, float(drawing.width) / float(drawing.height), False, drawing)


def _to_cmyk(node: object) -> None:
    """Convert every RGB fill and stroke in an SVG drawing to CMYK, in place."""
    for attr in ("fillColor", "strokeColor"):
        value = getattr(node, attr, None)
        if isinstance(value, colors.Color) and not isinstance(value, colors.CMYKColor):
            c, m, y, k = colors.rgb2cmyk(value.red, value.green, value.blue)
            setattr(node, attr, colors.CMYKColor(c, m, y, k, alpha=value.alpha))
    for child in getattr(node, "contents", []) or []:
        _to_cmyk(child)


@lru_cache(maxsize=16)
def _load(path: str, mtime: int, size: int, cmyk: bool) -> Logo:
    try:
        with Image.open(path) as src:
            src.load()
            image = src.copy()
    except (OSError, UnidentifiedImageError) as exc:
        raise LeafletRequestError(f"logo {Path(path).name}: not a readable PNG or JPEG image") from exc
    if image.width < 1 or image.height < 1:
        raise LeafletRequestError(f"logo {Path(path).name}: the image is empty")
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    if cmyk:
        if image.mode != "CMYK":
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            image = flat.convert("CMYK")
        has_alpha = False
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if has_alpha else "RGB")
    return Logo(ImageReader(image), image.width / image.height, has_alpha)
