"""MMS Studio: a community's recordings in, a speech recogniser for its language out."""

__version__ = "0.1.0"

DEFAULT_BASE_MODEL = "facebook/mms-1b-all"
MMS_LICENSE_NOTICE = (
    "The MMS base model weights (facebook/mms-1b-all) are licensed by Meta under "
    "CC-BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/). Adapters trained "
    "on them are derived works: non-commercial use only, with attribution."
)
