"""Parse XML from strangers' files without letting the file do anything but be read.

ELAN and Transcriber files come from e-mail, USB sticks and archives. defusedxml
refuses entity declarations (the "billion laughs" bomb) and external
references; every failure becomes one `FormatError` sentence a linguist can act
on, instead of an expat traceback. Comments and processing instructions are
kept, so adding tiers to a user's file does not drop their notes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as DET

from mms_studio.core.errors import FormatError


def parse_xml(path: Path, *, what: str) -> ET.Element:
    """The root element of `path`; `what` names the format in messages ("ELAN file")."""
    parser = DET.DefusedXMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"The {what} {path.name} could not be read ({exc.strerror}).") from exc
    if not data.strip():
        raise FormatError(f"The {what} {path.name} is empty.")
    try:
        parser.feed(data)
        return parser.close()
    except defusedxml.EntitiesForbidden as exc:
        raise FormatError(f"The {what} {path.name} declares XML entities, which MMS Studio "
                          "refuses to expand for safety; save it again from ELAN or Praat.") from exc
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as exc:
        raise FormatError(f"The {what} {path.name} refers to outside files in its XML header, "
                          "which MMS Studio refuses for safety.") from exc
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise FormatError(f"The {what} {path.name} is damaged or incomplete (the XML breaks at "
                          f"line {line}); open it in its program and save it again, or check "
                          "that it was saved as UTF-8.") from exc
