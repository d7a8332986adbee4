"""Loading the logos a user picks, ready for the output mode.

In print-shop mode every image must be CMYK: a press converts RGB images with its own profile and
logos shift colour. PIL's conversion is naive but predictable; transparency is flattened onto white
first because CMYK images carry no alpha here and logos sit on white areas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from fieldkit.print.model import LeafletRequestError


@dataclass(frozen=True)
class Logo:
    reader: ImageReader
    aspect: float  # width / height
    has_alpha: bool


def load_logo(path: Path, cmyk: bool) -> Logo:
    """A logo image for drawing; SVG is refused because no SVG renderer ships with Field Kit."""
    path = Path(path)
    if path.suffix.lower() in (".svg", ".svgz"):
        raise LeafletRequestError(
            f"logo {path.name}: SVG logos are not supported yet; export the logo as PNG (300 dpi or more)"
        )
    try:
        stat = path.stat()
    except OSError as exc:
        raise LeafletRequestError(f"logo {path}: cannot read the file ({exc.strerror})") from exc
    return _load(str(path), stat.st_mtime_ns, stat.st_size, cmyk)


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
