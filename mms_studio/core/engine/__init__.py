"""The MMS engine: base model, adapters, training, evaluation, transcription, adapter library.

Headless and Qt-free; long jobs take a `TaskState`. Heavy libraries (torch,
transformers, accelerate) are imported by the modules below, never by this
package, so `import mms_studio.core.engine` is cheap. (Overview of the public
API is completed as modules land.)
"""
