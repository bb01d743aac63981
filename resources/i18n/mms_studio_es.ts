<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdapterTable</name>
    <message>
        <location filename="../../mms_studio/gui/adapter_table.py" line="+26"/>
        <source>Adapter library</source>
        <translation>Biblioteca de adaptadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Los adaptadores entrenados en este proyecto con sus tasas de error en los fragmentos de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER (control)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER (control)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER del modelo base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model on its own: its adapter for this language (MMS), or its own output, zero-shot (Omnilingual); — when it has none</source>
        <translation>Los mismos fragmentos de control transcritos por el modelo base solo: su adaptador para este idioma (MMS), o su propia salida, sin entrenamiento (Omnilingual); — cuando no tiene</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Los mismos fragmentos de control transcritos por el adaptador propio del modelo base para este idioma, si lo tiene (— si no lo tiene)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+146"/>
        <location line="+38"/>
        <source>Cannot open this project</source>
        <translation>No se puede abrir este proyecto</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Abriendo {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+86"/>
        <source>The base model is needed</source>
        <translation>Se necesita el modelo base</translation>
    </message>
    <message>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation type="vanished">Para entrenar y transcribir, MMS Studio necesita el modelo base MMS de Meta “{base}” (unos 4 GB, con licencia CC-BY-NC 4.0). Descárguelo una sola vez —una descarga interrumpida continúa donde se detuvo— o elija una carpeta que ya lo contenga.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="vanished">&amp;Descargar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}”: a speech model that has learned from recordings in more than a thousand languages. MMS Studio teaches it your language by training a small adapter on your clips; the base model itself stays as it is.</source>
        <translation>Para entrenar y transcribir, MMS Studio necesita el modelo base MMS de Meta “{base}”: un modelo de voz que ha aprendido de grabaciones en más de mil idiomas. MMS Studio le enseña su idioma entrenando un pequeño adaptador con sus fragmentos; el modelo base en sí no cambia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is about 4 GB, downloaded once and kept on this computer; an interrupted download continues where it stopped. Its licence, CC-BY-NC 4.0, allows non-commercial use with attribution, and adapters trained on it fall under the same terms. If you already have it, choose the folder that holds it.</source>
        <translation>Ocupa unos 4 GB, se descarga una sola vez y se guarda en este equipo; una descarga interrumpida continúa donde se detuvo. Su licencia, CC-BY-NC 4.0, permite el uso no comercial con atribución, y los adaptadores entrenados con él quedan bajo las mismas condiciones. Si ya lo tiene, elija la carpeta que lo contiene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the base model has been downloaded</source>
        <translation>Cuánto del modelo base se ha descargado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download (about 4 GB)</source>
        <translation>&amp;Descargar (unos 4 GB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the download</source>
        <translation>Dete&amp;ner la descarga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Elegir una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Descargar el modelo base de internet una sola vez; continúa donde se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the download</source>
        <translation>Detener la descarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what was downloaded is kept and the next download continues</source>
        <translation>Detener la descarga; lo descargado se conserva y la próxima descarga continúa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Usar una carpeta que ya contiene el modelo base (config.json y model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Cerrar por ahora; el entrenamiento y la transcripción necesitan el modelo base</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping the download…</source>
        <translation>Deteniendo la descarga…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading… time left {eta}</source>
        <translation>Descargando… tiempo restante {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ El modelo base está listo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download stopped. What was downloaded is kept; Download continues from there.</source>
        <translation>Descarga detenida. Lo descargado se conserva; Descargar continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ La descarga falló; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Carpeta con el modelo base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Esa carpeta no contiene un modelo (se necesitan config.json y model.safetensors).</translation>
    </message>
</context>
<context>
    <name>BaseModelsDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_models_dialog.py" line="+66"/>
        <source>Base model and disk space</source>
        <translation>Modelo base y espacio en disco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base model is the speech model your adapters are trained on. Its licence also covers every adapter trained on it.</source>
        <translation>El modelo base es el modelo de voz con el que se entrenan sus adaptadores. Su licencia también cubre cada adaptador entrenado con él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base models</source>
        <translation>Modelos base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base models this project can train on, with licence, download size, languages and speed; the project&apos;s current one is marked</source>
        <translation>Los modelos base con los que este proyecto puede entrenar, con licencia, tamaño de descarga, idiomas y velocidad; el actual del proyecto está marcado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this base</source>
        <translation>&amp;Usar esta base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this base</source>
        <translation>Usar esta base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected base model the one this project trains on</source>
        <translation>Hacer que este proyecto entrene con el modelo base seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a base model folder on this computer (an MMS or Omnilingual ASR CTC model with config.json and model.safetensors)</source>
        <translation>Usar una carpeta de modelo base de este equipo (un modelo MMS u Omnilingual ASR CTC con config.json y model.safetensors)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Converted base models on this computer</source>
        <translation>Modelos base convertidos en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>Eliminar &amp;todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear converted models</source>
        <translation>Eliminar los modelos convertidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every converted copy of a base model; each is made again the next time its base is used</source>
        <translation>Eliminar todas las copias convertidas de modelos base; cada una se vuelve a crear la próxima vez que se use su base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear u&amp;nused</source>
        <translation>Eliminar los &amp;no usados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear unused converted models</source>
        <translation>Eliminar los modelos convertidos no usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete only converted copies whose base model changed or is gone</source>
        <translation>Eliminar solo las copias convertidas cuyo modelo base cambió o ya no está</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Licence Apache-2.0: commercial use allowed, for the base and the adapters trained on it</source>
        <translation>Licencia Apache-2.0: se permite el uso comercial, de la base y de los adaptadores entrenados con ella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence CC-BY-NC 4.0: non-commercial use only, and adapters trained on it too</source>
        <translation>Licencia CC-BY-NC 4.0: solo uso no comercial, también para los adaptadores entrenados con ella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ✓ this project&apos;s base</source>
        <translation>  ✓ base de este proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download: {size}</source>
        <translation>Descarga: {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer: {path}</source>
        <translation>Ya está en este equipo: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed: {note}</source>
        <translation>Velocidad: {note}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Folder with a base model</source>
        <translation>Carpeta con un modelo base</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the base model…</source>
        <translation>Comprobando el modelo base…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ This project now trains on {title}.</source>
        <translation>✓ Este proyecto ahora entrena con {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Something went wrong; see the log file.</source>
        <translation>⚠ Algo salió mal; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: nothing converted takes space.</source>
        <translation>Ninguno: nada convertido ocupa espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} in {count} file(s); {unused} of it unused (its base changed or is gone). A cleared copy is made again when its base is next used.</source>
        <translation>{size} en {count} archivo(s); {unused} sin usar (su base cambió o ya no está). Una copia eliminada se vuelve a crear la próxima vez que se use su base.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The disk use could not be measured: {reason}</source>
        <translation>⚠ No se pudo medir el espacio en disco usado: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ {size} freed.</source>
        <translation>✓ {size} liberados.</translation>
    </message>
</context>
<context>
    <name>ClipNames</name>
    <message>
        <location filename="../../mms_studio/gui/clip_names.py" line="+54"/>
        <source>clip {number}</source>
        <translation>fragmento {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clip {number} “{text}”</source>
        <translation>fragmento {number} “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}, subtitle {number} (line {line})</source>
        <translation>{file}, subtítulo {number} (línea {line})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected transcript of {file}, {start}–{end} s</source>
        <translation>transcripción corregida de {file}, {start}–{end} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded: {take}</source>
        <translation>grabado: {take}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>sin asignar todavía</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 eliminado</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+90"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio tuvo un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Algo salió mal dentro de MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

To tell the developers, press Copy report and paste it into your message. The details are also in the log file:
{path}</source>
        <translation>Sus grabaciones, transcripciones y entrenamientos terminados se guardan mientras trabaja, así que no se ha perdido nada de lo que completó. Puede seguir trabajando, o reiniciar la aplicación por seguridad.

Para avisar a los desarrolladores, pulse Copiar informe y péguelo en su mensaje. Los detalles también están en el registro:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation type="vanished">Sus grabaciones, transcripciones y entrenamientos terminados se guardan mientras trabaja, así que no se ha perdido nada de lo que completó. Puede seguir trabajando o reiniciar la aplicación por seguridad.

Los detalles están en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+112"/>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Añadir grabaciones con sus transcripciones: archivos de audio con un .txt/.lab al lado, carpetas, ELAN, TextGrid, subtítulos, tablas CSV, Common Voice. También puede soltarlos aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Filtrar por transcripción, hablante u origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Filtrar fragmentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Mostrar fragmentos con estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Eliminar fragmentos seleccionados</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Eliminar los fragmentos seleccionados (Del); Ctrl+Z los recupera</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+224"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Informe de ortografía</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Listar cada carácter usado en las transcripciones, cuántas veces y en qué fragmentos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip with its status in words; Space plays or stops the clip, Enter or F2 edits its transcript, Escape cancels the edit, the Menu key changes status or split.</source>
        <translation>Cada fragmento con su estado en palabras; Espacio reproduce o detiene el fragmento, Intro o F2 edita su transcripción, Esc cancela la edición, la tecla Menú cambia el estado o el grupo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark as ok</source>
        <translation>Marcar como ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Marcar por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Excluir del entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Pasar a los fragmentos de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Pasar a los fragmentos de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Pasar a los fragmentos de prueba</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Reproducir el fragmento seleccionado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Reproducir el fragmento seleccionado (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Mostrar de nuevo todos los fragmentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Mostrar solo los fragmentos con este estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Mostrar e&amp;liminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Mostrar los fragmentos eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Listar también los fragmentos eliminados, para poder recuperarlos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>Informe de &amp;ortografía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>&amp;Fragmentos seleccionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Fragmentos seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Marcar los fragmentos seleccionados como ok, por revisar o excluidos, o pasarlos a los fragmentos de entrenamiento, de control o de prueba</translation>
    </message>
    <message>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation type="vanished">Cada fragmento con su estado en palabras; F2 edita una transcripción, la tecla Menú cambia el estado o el grupo, Ctrl+Space reproduce el fragmento.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+189"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Seleccione un fragmento para verlo y escucharlo.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Cuánto de la importación está hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Detener después del fragmento actual; los fragmentos ya importados se conservan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>Lo que se importó y lo que se omitió, con el motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Todavía no hay fragmentos. Haga clic en Importar… o suelte aquí grabaciones con sus transcripciones, o grabe nuevas en la página Grabar.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>delete the selected clips</source>
        <translation>eliminar los fragmentos seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>play or stop the selected clip</source>
        <translation>reproducir o detener el fragmento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>reproducir el fragmento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>editar la transcripción seleccionada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Intro, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel the edit</source>
        <translation>cancelar la edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>filtrar fragmentos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>importación de grabaciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clips: {clips} · speech: {minutes} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Fragmentos: {clips} · habla: {minutes} min · hablantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clip {number} · {seconds} s · {speaker} — {text}</source>
        <translation>Fragmento {number} · {seconds} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Recordings and transcripts</source>
        <translation>Grabaciones y transcripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation type="vanished">Fragmentos: {clips} · habla: {minutes:.1f} min · hablantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation type="vanished">Esta versión de MMS Studio aún no puede generar el informe.</translation>
    </message>
    <message>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation type="vanished">{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unknown speaker</source>
        <translation>hablante desconocido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot play this clip</source>
        <translation>No se puede reproducir este fragmento</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>No se hizo el cambio</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} fragmento(s) eliminado(s). Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import recordings and transcripts</source>
        <translation>Importar grabaciones y transcripciones</translation>
    </message>
    <message>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation type="vanished">Grabaciones y transcripciones (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import already running</source>
        <translation>Ya hay una importación en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Espere a que termine la importación en curso o deténgala primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Deteniendo después del fragmento actual…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>omitido  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>importado {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/evaluation.py" line="+77"/>
        <source>Test clips</source>
        <translation>Fragmentos de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev clips</source>
        <translation>Fragmentos de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval&amp;uate</source>
        <translation>Eval&amp;uar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose an adapter and press Evaluate.</source>
        <translation>Elija un adaptador y pulse Evaluar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Greedy CER</source>
        <translation>CER sin LM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LM CER</source>
        <translation>CER con LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model CER</source>
        <translation>CER del modelo base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the base model writes without training on your recordings: its own adapter for the project&apos;s language (MMS), or its own output, the same for every language (Omnilingual).</source>
        <translation>Lo que escribe el modelo base sin entrenar con sus grabaciones: su adaptador propio para el idioma del proyecto (MMS), o su propia salida, la misma para todos los idiomas (Omnilingual).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Play clip</source>
        <translation>&amp;Reproducir fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in &amp;Dataset</source>
        <translation>Comprobar en &amp;Datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>Clips</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>WER (greedy → LM)</source>
        <translation>WER (sin LM → con LM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (greedy → LM)</source>
        <translation>CER (sin LM → con LM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapter:</source>
        <translation>Adaptador:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trained adapter to evaluate</source>
        <translation>El adaptador entrenado que evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the test or the dev clips</source>
        <translation>Evaluar con los fragmentos de prueba o de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe every clip with and without the language model</source>
        <translation>Transcribir cada fragmento con y sin el modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the evaluation</source>
        <translation>Detener la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation progress</source>
        <translation>Progreso de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the evaluation is done</source>
        <translation>Cuánto de la evaluación está hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each clip&apos;s character error rate; click a header to sort</source>
        <translation>La tasa de error de caracteres de cada fragmento; haga clic en un encabezado para ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference and each hypothesis, wrong characters marked</source>
        <translation>El texto de referencia y cada transcripción obtenida, con los caracteres erróneos marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play clip</source>
        <translation>Reproducir fragmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the selected clip</source>
        <translation>Reproducir el fragmento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Dataset</source>
        <translation>Comprobar en Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected clip on the Dataset page to check its transcript</source>
        <translation>Abrir el fragmento seleccionado en la página Datos para comprobar su transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error rates per speaker</source>
        <translation>Tasas de error por hablante</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an evaluation</source>
        <translation>una evaluación</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} clips. Greedy: WER {wer}, CER {cer}.</source>
        <translation>{n} fragmentos. Sin modelo de lenguaje: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the language model: WER {wer}, CER {cer}.</source>
        <translation>Con el modelo de lenguaje: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model, no training: WER {wer}, CER {cer}.</source>
        <translation>Modelo base, sin entrenamiento: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Sin modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That clip is no longer in the dataset.</source>
        <translation>Ese fragmento ya no está en los datos.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../mms_studio/gui/shell/guide.py" line="+36"/>
        <source>Getting started — MMS Studio</source>
        <translation>Primeros pasos — MMS Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide to MMS Studio, with pictures</source>
        <translation>Una breve guía ilustrada de MMS Studio</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/language.py" line="+61"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>El código de idioma se fija al crear el proyecto; los adaptadores se entrenan y se nombran para él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>El nombre del proyecto, que aparece en el título de la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Código de idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>El modelo MMS sobre el que se entrenan los adaptadores (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Código de idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Elegir el modelo &amp;base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Elegir el modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Descargar el modelo base o elegir una carpeta que lo contenga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>Ign&amp;orar mayúsculas/minúsculas (solo si no tienen significado en este idioma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>caracteres extra que quitar, p. ej., * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>puntuación que aquí es una letra, p. ej., &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>letras escritas en grupo, p. ej., ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>uno por línea: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Ignorar mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Solo si las mayúsculas y minúsculas no tienen significado en este idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Caracteres que quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Puntuación que se mantiene como letras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Multígrafos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Reemplazos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Cómo las transcripciones se convierten en texto de entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Quitar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Mantener como letras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>M&amp;ultígrafos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>Reempla&amp;zos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type a sentence to see what the model learns</source>
        <translation>escriba una frase para ver lo que aprende el modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Frase de ejemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Se aprende como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>El ejemplo tal como lo aprenderá el reconocedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ample:</source>
        <translation>E&amp;jemplo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned as:</source>
        <translation>Se aprende como:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The language settings are not saved yet: {reason} What you typed is kept on the Language page.</source>
        <translation>La configuración del idioma aún no se ha guardado: {reason} Lo que escribió se conserva en la página Idioma.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>✓ Saved as you type; Edit › Undo takes a change back.</source>
        <translation>✓ Se guarda mientras escribe; Editar › Deshacer revierte un cambio.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+30"/>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>El volumen del micrófono en decibelios; un aviso escrito aparece cuando es demasiado alto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ ¡Demasiado alto!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>nivel ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>bajo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+109"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Las partes del proyecto: elija una con las flechas o pulse Ctrl+1 a Ctrl+5 desde cualquier lugar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the project…</source>
        <translation>Abriendo el proyecto…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every change is saved as you make it.</source>
        <translation>Cada cambio se guarda al momento.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Se conservaron {n} toma(s) interrumpida(s) por un fallo; revíselas en la página Grabar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importar grabaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;long recording with its transcript…</source>
        <translation>Importar una grabación &amp;larga con su transcripción…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base model and disk space…</source>
        <translation>Modelo &amp;base y espacio en disco…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show the {page} page</source>
        <translation>Mostrar la página {page}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Getting started</source>
        <translation>Primeros &amp;pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>A&amp;cerca de MMS Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio will be in {language} after you restart it; until then it stays as it is.</source>
        <translation>MMS Studio estará en {language} cuando lo reinicie; hasta entonces sigue igual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation type="vanished">El nuevo idioma de la interfaz se verá por completo la próxima vez que se inicie MMS Studio.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Cada combinación de teclas y lo que hace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About MMS Studio</source>
        <translation>Acerca de MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Entrena pequeños adaptadores para el modelo de voz MMS de Meta (facebook/mms-1b-all, con licencia CC-BY-NC 4.0: los adaptadores que entrene heredan esa licencia). Archivo de registro: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Abrir la carpeta del proyecto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The long recording</source>
        <translation>La grabación larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its transcript (one utterance a line, or ELAN)</source>
        <translation>Su transcripción (un enunciado por línea, o ELAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transcripciones (*.txt *.eaf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a background job</source>
        <translation>una tarea en segundo plano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop and close?</source>
        <translation>¿Detener y cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>MMS Studio todavía está ocupado con: {jobs}. Cerrar lo detiene; lo que ya terminó se conserva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+78"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>p. ej., cuentos abui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>Cualquier nombre; la carpeta del proyecto lleva ese nombre.</translation>
    </message>
    <message>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation type="vanished">código ISO 639-3, p. ej., abz</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Código de idioma</translation>
    </message>
    <message>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation type="vanished">El código ISO 639-3 del idioma (dos o tres letras minúsculas); no se puede cambiar después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name or ISO 639-3 code, e.g. Abui or abz</source>
        <translation>Su nombre o código ISO 639-3, p. ej., Abui o abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the language&apos;s name (in English or in the interface language) or its ISO 639-3 code, then pick it from the list below (Down arrow, then Enter); it cannot be changed later. A variety without a code of its own can use a private-use code, qaa to qtz.</source>
        <translation>Escriba el nombre del idioma (en inglés o en el idioma de la interfaz) o su código ISO 639-3 y elíjalo en la lista de abajo (flecha abajo y luego Intro); no se podrá cambiar después. Una variedad sin código propio puede usar un código de uso privado, de qaa a qtz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching languages</source>
        <translation>Idiomas que coinciden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages whose name or code matches what you typed; Enter or a click picks one</source>
        <translation>Idiomas cuyo nombre o código coincide con lo que escribió; Intro o un clic elige uno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>La carpeta que contendrá el proyecto; escriba una ruta o elija una con el botón de al lado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Elegir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Elegir la carpeta que contendrá el proyecto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nombre del proyecto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Type the language&apos;s name or its ISO 639-3 code and pick it from the list (a variety without a code of its own: qaa to qtz).</source>
        <translation>Escriba el nombre del idioma o su código ISO 639-3 y elíjalo en la lista (una variedad sin código propio: de qaa a qtz).</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation type="vanished">Código de &amp;idioma:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Guardarlo en:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Crear proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Crear la carpeta del proyecto y abrirla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Cerrar sin crear un proyecto</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Give the project a name.</source>
        <translation>Ponga un nombre al proyecto.</translation>
    </message>
    <message>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation type="vanished">Escriba el código ISO 639-3 del idioma (dos o tres letras minúsculas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Elija una carpeta donde guardar el proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Ya existe una carpeta con ese nombre ahí; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>El proyecto se guardará en: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ {code}: a private-use code, for a variety without a code of its own.</source>
        <translation>✓ {code}: un código de uso privado, para una variedad sin código propio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep projects in</source>
        <translation>Guardar los proyectos en</translation>
    </message>
</context>
<context>
    <name>OrthographyReport</name>
    <message>
        <location filename="../../mms_studio/gui/orthography_view.py" line="+26"/>
        <source>Orthography report: {clips} transcripts, {units} different units, {problems} things to check.</source>
        <translation>Informe de ortografía: {clips} transcripciones, {units} unidades distintas, {problems} cosas que revisar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{unit}	×{count}	{description}	e.g. {examples}</source>
        <translation>{unit}	×{count}	{description}	p. ej., {examples}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units (most frequent first)</source>
        <translation>Unidades (las más frecuentes primero)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These become the recogniser&apos;s vocabulary.</source>
        <translation>Forman el vocabulario del reconocedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare units</source>
        <translation>Unidades raras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used {n} times or fewer: often a typing mistake.</source>
        <translation>Usadas {n} veces o menos: a menudo un error de escritura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose combining marks</source>
        <translation>Diacríticos sueltos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mark with no letter before it: check the spacing.</source>
        <translation>Un signo sin letra delante: revise los espacios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the vocabulary</source>
        <translation>Fuera del vocabulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recogniser cannot write these (they become [UNK]).</source>
        <translation>El reconocedor no puede escribirlos (se convierten en [UNK]).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by text cleaning</source>
        <translation>Quitados al limpiar el texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctuation and symbols the recogniser will not learn.</source>
        <translation>Puntuación y símbolos que el reconocedor no aprenderá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike characters</source>
        <translation>Caracteres que se parecen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different characters that look the same: pick one.</source>
        <translation>Caracteres distintos que se ven iguales: elija uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{unit}” {description} ×{count} (e.g. {examples})</source>
        <translation>“{unit}” {description} ×{count} (p. ej., {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech has no digits: write numbers as words, the way they are said.</source>
        <translation>El habla no tiene cifras: escriba los números con letras, tal como se dicen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words mixing scripts</source>
        <translation>Palabras que mezclan escrituras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually a letter typed with the wrong keyboard.</source>
        <translation>Suele ser una letra escrita con el teclado equivocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” in {clip}: {scripts}</source>
        <translation>“{word}” en {clip}: {scripts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in composed (NFC) form</source>
        <translation>No está en forma compuesta (NFC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaned automatically; the original text uses decomposed letters.</source>
        <translation>Se limpia automáticamente; el texto original usa letras descompuestas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty after cleaning</source>
        <translation>Vacío tras la limpieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These transcripts have no letters left: fix or exclude them.</source>
        <translation>Estas transcripciones no tienen ninguna letra: corríjalas o exclúyalas.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+75"/>
        <location line="+73"/>
        <location line="+336"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>who is speaking (name or code)</source>
        <translation>quién habla (nombre o código)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Un archivo de texto con una frase por línea</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+296"/>
        <source>Free recording</source>
        <translation>Grabación libre</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Record without prompts and type what was said</source>
        <translation>Grabar sin frases para leer y escribir lo que se dijo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Hablante:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Buscar micrófonos de nuevo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Buscar micrófonos de nuevo (después de conectar uno)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>El micrófono con el que se graban las tomas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>Abrir &amp;frases para leer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>Grabación &amp;libre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Frases para leer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>lo que se dice en la toma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transcripción de la toma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>Lo que se dice en la toma; Ctrl+R graba, Ctrl+Enter acepta la toma.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Reproducir la toma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Grabar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Aceptar y siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Empezar a grabar una toma; pulse de nuevo para detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Escuchar la toma; pulse de nuevo para detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Descartar esta toma y grabar la frase de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Añadir la toma y su transcripción a los datos y mostrar la frase siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Volver a la frase anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Pasar a la frase siguiente sin grabar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+165"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Pulse Grabar (Ctrl+R) y lea la frase.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Review re&amp;covered take</source>
        <translation>Revisar la toma re&amp;cuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Revisar la toma recuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Cargar la siguiente toma interrumpida por un fallo, para escucharla, transcribirla y aceptarla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcripción:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>iniciar o detener la grabación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>reproducir o detener la toma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>grabar la frase de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>aceptar la toma y pasar a la frase siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>saltar a la frase siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>volver a la frase anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>grabación de una toma</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Added “{text}” to the dataset.</source>
        <translation>Se añadió “{text}” a los datos.</translation>
    </message>
    <message>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation type="vanished">⚠ No se encontró ningún micrófono. Conecte uno y vuelva a esta página.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Microphone not changed</source>
        <translation>No se cambió el micrófono</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+263"/>
        <source>Open prompts</source>
        <translation>Abrir frases para leer</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>no microphone found</source>
        <translation>no se encontró ningún micrófono</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no microphone</source>
        <translation>sin micrófono</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Recording is not possible now: see the message at the top of the page.</source>
        <translation>Ahora no se puede grabar: vea el mensaje en la parte superior de la página.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>No se pueden usar estas frases</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>Las {n} frases están hechas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ ¡Terminado! Abra otro archivo de frases o grabe libremente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Frase {i} de {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Diga lo que quiera y luego escriba abajo lo que dijo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Grabando… pulse Detener (Ctrl+R) al terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Terminando la toma…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Grabando… {s:.1f} s — pulse Detener (Ctrl+R) al terminar.</translation>
    </message>
    <message>
        <source>⚠ The take could not be saved: {error}</source>
        <translation type="vanished">⚠ No se pudo guardar la toma: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Buena toma ({s:.1f} s). Acéptela con Ctrl+Enter o grabe de nuevo.</translation>
    </message>
    <message>
        <source>Cannot play the take</source>
        <translation type="vanished">No se puede reproducir la toma</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type what was said</source>
        <translation>Escriba lo que se dijo</translation>
    </message>
    <message>
        <source>Type what is said in the take before accepting it.</source>
        <translation type="vanished">Escriba lo que se dice en la toma antes de aceptarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take was not added</source>
        <translation>La toma no se añadió</translation>
    </message>
    <message>
        <source>Added clip {id}.</source>
        <translation type="vanished">Fragmento {id} añadido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Añadido. Pulse Grabar (Ctrl+R) para la siguiente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ MMS Studio se cerró inesperadamente mientras grababa {n} toma(s); se conservaron.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Toma recuperada {name} ({s:.1f} s): escúchela, escriba lo que se dice y acéptela.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/review.py" line="+66"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open recording…</source>
        <translation>Abrir &amp;grabación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open recording</source>
        <translation>Abrir grabación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a long recording to cut into clips</source>
        <translation>Elegir una grabación larga para cortarla en fragmentos</translation>
    </message>
    <message>
        <source>&amp;Find speech</source>
        <translation type="vanished">&amp;Buscar el habla</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+163"/>
        <source>Find speech</source>
        <translation>Buscar el habla</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cut the recording into segments at the speaker&apos;s pauses (no transcript needed)</source>
        <translation>Cortar la grabación en segmentos en las pausas del hablante (no hace falta transcripción)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align a transcript…</source>
        <translation>A&amp;linear una transcripción…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>Align a transcript</source>
        <translation>Alinear una transcripción</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Give each line of the recording&apos;s transcript its place in the recording</source>
        <translation>Ubicar cada línea de la transcripción en su lugar de la grabación</translation>
    </message>
    <message>
        <source>Send &amp;accepted to the dataset</source>
        <translation type="vanished">Enviar los a&amp;ceptados a los datos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Find s&amp;peech</source>
        <translation>&amp;Buscar el habla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send accepted to the &amp;dataset</source>
        <translation>Enviar los a&amp;ceptados a los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Send accepted to the dataset</source>
        <translation>Enviar los aceptados a los datos</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add every accepted segment to the dataset as a clip (Ctrl+Enter)</source>
        <translation>Añadir cada segmento aceptado a los datos como fragmento (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running job</source>
        <translation>Detener la tarea en curso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a long recording, then find its speech or align its transcript.</source>
        <translation>Abra una grabación larga y luego busque el habla o alinee su transcripción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the running job is</source>
        <translation>Cuánto lleva la tarea en curso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each segment with its times, review status, score and text. Space plays, A accepts, R rejects, S splits, M merges with the next, F2 edits the text.</source>
        <translation>Cada segmento con sus tiempos, estado de revisión, puntuación y texto. Espacio reproduce, A acepta, R rechaza, S divide, M une con el siguiente, F2 edita el texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Space play · A accept · R reject · S split · M merge · Alt+←/→ move start · Alt+Shift+←/→ move end · F2 edit text · Ctrl+Z undo</source>
        <translation>Espacio reproducir · A aceptar · R rechazar · S dividir · M unir · Alt+←/→ mover el inicio · Alt+Shift+←/→ mover el final · F2 editar el texto · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Play the segment</source>
        <translation>Reproducir el segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the segment</source>
        <translation>Aceptar el segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the segment</source>
        <translation>Rechazar el segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the segment in two</source>
        <translation>Dividir el segmento en dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the segment with the next</source>
        <translation>Unir el segmento con el siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start earlier</source>
        <translation>Adelantar el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start later</source>
        <translation>Retrasar el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end earlier</source>
        <translation>Adelantar el final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end later</source>
        <translation>Retrasar el final</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviewing a recording</source>
        <translation>revisión de una grabación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a long recording</source>
        <translation>Abrir una grabación larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {minutes:.1f} minutes</source>
        <translation>{name}: {minutes:.1f} minutos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording&apos;s transcript</source>
        <translation>La transcripción de la grabación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transcripciones (*.txt *.eaf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{added} clip(s) added to the dataset; {there} were already there.</source>
        <translation>{added} fragmento(s) añadido(s) a los datos; {there} ya estaban.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} segment(s) to review.</source>
        <translation>{count} segmento(s) por revisar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept a segment</source>
        <translation>Aceptar un segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject a segment</source>
        <translation>Rechazar un segmento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split a segment</source>
        <translation>Dividir un segmento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge two segments</source>
        <translation>Unir dos segmentos</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Move a segment&apos;s edge</source>
        <translation>Mover el borde de un segmento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit a segment&apos;s text</source>
        <translation>Editar el texto de un segmento</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="vanished">Idioma</translation>
    </message>
    <message>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation type="vanished">El código de idioma se fija al crear el proyecto; los adaptadores se entrenan y se nombran para él.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="vanished">Nombre del proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in the window title</source>
        <translation type="vanished">El nombre del proyecto, que aparece en el título de la ventana</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Código de idioma</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="vanished">Modelo base</translation>
    </message>
    <message>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation type="vanished">El modelo MMS sobre el que se entrenan los adaptadores (solo lectura)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Proyecto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="vanished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>Language code:</source>
        <translation type="vanished">Código de idioma:</translation>
    </message>
    <message>
        <source>Choose the &amp;base model…</source>
        <translation type="vanished">Elegir el modelo &amp;base…</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation type="vanished">Elegir el modelo base</translation>
    </message>
    <message>
        <source>Download the base model or choose a folder that holds it</source>
        <translation type="vanished">Descargar el modelo base o elegir una carpeta que lo contenga</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="vanished">Modelo base:</translation>
    </message>
    <message>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation type="vanished">Ign&amp;orar mayúsculas/minúsculas (solo si no tienen significado en este idioma)</translation>
    </message>
    <message>
        <source>extra characters to drop, e.g. * # …</source>
        <translation type="vanished">caracteres extra que quitar, p. ej., * # …</translation>
    </message>
    <message>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation type="vanished">puntuación que aquí es una letra, p. ej., &apos; ʼ</translation>
    </message>
    <message>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation type="vanished">letras escritas en grupo, p. ej., ng ch kp</translation>
    </message>
    <message>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation type="vanished">uno por línea: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <source>Ignore upper and lower case</source>
        <translation type="vanished">Ignorar mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Only if case carries no meaning in this language</source>
        <translation type="vanished">Solo si las mayúsculas y minúsculas no tienen significado en este idioma</translation>
    </message>
    <message>
        <source>Characters to remove</source>
        <translation type="vanished">Caracteres que quitar</translation>
    </message>
    <message>
        <source>Punctuation kept as letters</source>
        <translation type="vanished">Puntuación que se mantiene como letras</translation>
    </message>
    <message>
        <source>Multigraphs</source>
        <translation type="vanished">Multígrafos</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="vanished">Reemplazos</translation>
    </message>
    <message>
        <source>How transcripts become training text</source>
        <translation type="vanished">Cómo las transcripciones se convierten en texto de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="vanished">&amp;Quitar:</translation>
    </message>
    <message>
        <source>&amp;Keep as letters:</source>
        <translation type="vanished">&amp;Mantener como letras:</translation>
    </message>
    <message>
        <source>&amp;Multigraphs:</source>
        <translation type="vanished">M&amp;ultígrafos:</translation>
    </message>
    <message>
        <source>Re&amp;placements:</source>
        <translation type="vanished">Reempla&amp;zos:</translation>
    </message>
    <message>
        <source>S&amp;ample:</source>
        <translation type="vanished">E&amp;jemplo:</translation>
    </message>
    <message>
        <source>type a sentence to see what the model learns</source>
        <translation type="vanished">escriba una frase para ver lo que aprende el modelo</translation>
    </message>
    <message>
        <source>Sample sentence</source>
        <translation type="vanished">Frase de ejemplo</translation>
    </message>
    <message>
        <source>Learned as</source>
        <translation type="vanished">Se aprende como</translation>
    </message>
    <message>
        <source>The sample as the recogniser will learn it</source>
        <translation type="vanished">El ejemplo tal como lo aprenderá el reconocedor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Vista previa</translation>
    </message>
    <message>
        <source>Learned as:</source>
        <translation type="vanished">Se aprende como:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">Guardar configuración</translation>
    </message>
    <message>
        <source>Keep these rules for training and scoring</source>
        <translation type="vanished">Conservar estas reglas para el entrenamiento y la evaluación</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="vanished">No se guardó la configuración</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="vanished">✓ Guardado.</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <location filename="../../mms_studio/gui/sound_notice.py" line="+88"/>
        <source>Sound devices</source>
        <translation>Dispositivos de sonido</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Look for sound devices again</source>
        <translation>Buscar de nuevo los dispositivos de sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After plugging in a microphone, speakers or a headset</source>
        <translation>Después de conectar un micrófono, altavoces o auriculares</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../mms_studio/gui/texts/panel.py" line="+35"/>
        <source>Texts of the language (language model)</source>
        <translation>Textos del idioma (modelo de lenguaje)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;texts…</source>
        <translation>Añadir &amp;textos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Remove text</source>
        <translation>Quitar el texto</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Also learn from the project&apos;s transcripts</source>
        <translation>Aprender también de las transcripciones del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out sentences of dev and test clips</source>
        <translation>Dejar fuera las frases de los fragmentos de control y de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names and places the recogniser should favour, separated by commas</source>
        <translation>nombres y lugares que el reconocedor debe preferir, separados por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build language m&amp;odel</source>
        <translation>Crear el modelo de &amp;lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Hot&amp;words:</source>
        <translation>Palabras &amp;prioritarias:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The texts the language model learns from</source>
        <translation>Los textos de los que aprende el modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Add texts</source>
        <translation>Añadir textos</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Add plain-text, ELAN or TextGrid files of the language</source>
        <translation>Añadir archivos del idioma en texto plano, ELAN o TextGrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected text</source>
        <translation>Quitar el texto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use transcripts</source>
        <translation>Usar las transcripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the training clips&apos; transcripts too</source>
        <translation>Aprender también de las transcripciones de los fragmentos de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out test sentences</source>
        <translation>Dejar fuera las frases de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences that are dev or test clip transcripts would flatter the figures</source>
        <translation>Las frases que son transcripciones de fragmentos de control o de prueba inflarían los resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotwords</source>
        <translation>Palabras prioritarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build language model</source>
        <translation>Crear el modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the language model and tune it for the newest adapter</source>
        <translation>Crear el modelo de lenguaje y ajustarlo para el adaptador más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop building</source>
        <translation>Detener la creación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the build is done</source>
        <translation>Cuánto de la creación está hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the texts hold and what the adapter cannot spell</source>
        <translation>Lo que contienen los textos y lo que el adaptador no sabe escribir</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} — {sentences} sentences, {words} words</source>
        <translation>{name} — {sentences} frases, {words} palabras</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language model: {what}.</source>
        <translation>Modelo de lenguaje: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No language model yet.</source>
        <translation>Todavía no hay modelo de lenguaje.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>building a language model</source>
        <translation>creación de un modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{n} text(s) added; build the language model to use them.</source>
        <translation>{n} texto(s) añadido(s); cree el modelo de lenguaje para usarlos.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../mms_studio/gui/review/timeline.py" line="+29"/>
        <source>Recording and its segments</source>
        <translation>La grabación y sus segmentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waveform of the whole recording with one shaded region per segment; drag a region&apos;s edge to move it</source>
        <translation>La forma de onda de toda la grabación, con una zona sombreada por segmento; arrastre el borde de una zona para moverlo</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+86"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Comprobando este equipo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Configuración predefinida de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Cuánto tiempo y con qué intensidad entrenar; la sugerencia es adecuada para este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>Configuración avan&amp;zada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Mostrar u ocultar el número de pasos, la tasa de aprendizaje y el tamaño de los lotes</translation>
    </message>
    <message>
        <source>from the preset</source>
        <translation type="vanished">según la configuración predefinida</translation>
    </message>
    <message>
        <source>recipe default (0.001)</source>
        <translation type="vanished">valor predeterminado de la receta (0.001)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fit to memory</source>
        <translation>ajustar a la memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Pasos de entrenamiento</translation>
    </message>
    <message>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation type="vanished">Cuántos pasos entrenar; 0 toma el número de la configuración predefinida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check on dev clips every</source>
        <translation>Comprobar con los fragmentos de control cada</translation>
    </message>
    <message>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation type="vanished">Cuántos pasos entre comprobaciones con los fragmentos de control; 0 lo toma de la configuración predefinida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation type="vanished">El tamaño de cada paso de entrenamiento; 0 mantiene el valor predeterminado de la receta</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How many steps to train; choosing a preset sets its number</source>
        <translation>Cuántos pasos de entrenamiento; elegir una configuración predefinida fija este número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many steps between checks on the dev clips; choosing a preset sets its number</source>
        <translation>Cuántos pasos entre comprobaciones con los fragmentos de control; elegir una configuración predefinida fija este número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How big each training step is; 0.001 is the MMS recipe&apos;s</source>
        <translation>El tamaño de cada paso de entrenamiento; 0.001 es el valor de la receta de MMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Segundos de audio por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Cuánto audio ve cada paso; 0 lo ajusta a la memoria de este equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Pasos de en&amp;trenamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>&amp;Comprobar con los fragmentos de control cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;sa de aprendizaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Segundos de audio por &amp;lote:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start training</source>
        <translation>I&amp;niciar entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Detener; el progreso se guarda y se puede reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Reanudar entrenamiento detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Entrenar un nuevo adaptador con los fragmentos de este proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Reanudar entrenamiento detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Continuar el último entrenamiento detenido desde donde se detuvo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>Configuración &amp;predefinida:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Cuánto del entrenamiento está hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Sin entrenamiento en curso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>Las curvas de pérdida y de tasa de error aparecen aquí durante el entrenamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Registro de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>La pérdida de cada paso y las tasas de error de cada comprobación, en palabras</translation>
    </message>
    <message>
        <source>Adapter library</source>
        <translation type="vanished">Biblioteca de adaptadores</translation>
    </message>
    <message>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation type="vanished">Los adaptadores entrenados en este proyecto con sus tasas de error en los fragmentos de control</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="vanished">Adaptador</translation>
    </message>
    <message>
        <source>Dev CER</source>
        <translation type="vanished">CER (control)</translation>
    </message>
    <message>
        <source>Dev WER</source>
        <translation type="vanished">WER (control)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Prueba rápida ({steps} pasos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Estándar ({steps} pasos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Exhaustivo ({steps} pasos, para una tarjeta gráfica)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} ({steps} pasos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Tarjeta gráfica: {name} ({memory} GB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>No se encontró ninguna tarjeta gráfica: el entrenamiento se ejecuta en el procesador ({memory} GB de memoria), cuyas unidades bf16 lo hacen más rápido. Empiece con una prueba rápida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>No se encontró ninguna tarjeta gráfica: el entrenamiento se ejecuta en el procesador ({memory} GB de memoria), que no tiene unidades bf16, por lo que el entrenamiento es de 2 a 3 veces más lento que en los procesadores que las tienen. Empiece con una prueba rápida.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Training needs the base model, which is not on this computer yet.</source>
        <translation>El entrenamiento necesita el modelo base, que aún no está en este equipo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>step {step}: dev loss {loss}, WER {wer}, CER {cer}</source>
        <translation>paso {step}: pérdida de control {loss}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss}</source>
        <translation>paso {step}: pérdida {loss}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Terminado: adaptador {name}, CER de control {cer}; adaptador propio del modelo base: CER {base}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own output (zero-shot): CER {base}.</source>
        <translation>Terminado: adaptador {name}, CER de control {cer}; salida propia del modelo base (sin entrenamiento): CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Terminado: adaptador {name}, CER de control {cer}.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="vanished">Pasos</translation>
    </message>
    <message>
        <source>Base model&apos;s CER</source>
        <translation type="vanished">CER del modelo base</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Los mismos fragmentos de control transcritos por el adaptador propio del modelo base para este idioma, si lo tiene (— si no lo tiene)</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Adapter library (this project)</source>
        <translation>Biblioteca de adaptadores (este proyecto)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>No se pudo comprobar el hardware de este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>training an adapter</source>
        <translation>entrenamiento de un adaptador</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nothing to resume</source>
        <translation>Nada que reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>No hay ningún entrenamiento detenido que continuar.</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation type="vanished">Reanudando {run}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting a new training run.</source>
        <translation>Iniciando un nuevo entrenamiento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Deteniendo después del paso actual; el progreso se guarda…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time left: {eta}</source>
        <translation>tiempo restante: {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} fragmento(s) dejado(s) fuera (demasiado largo, o demasiado corto para su transcripción).</translation>
    </message>
    <message>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation type="vanished">paso {step}: pérdida de control {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.3f}</source>
        <translation type="vanished">paso {step}: pérdida {loss:.3f}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Terminado. El adaptador está en la biblioteca de abajo y en la página Transcribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. {reason}</source>
        <translation>Detenido. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>No se pudo realizar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ El entrenamiento falló inesperadamente; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+33"/>
        <source>Loss (lower is better)</source>
        <translation>Pérdida (más bajo es mejor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Tasas de error en los fragmentos de control (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Pérdida y tasas de error por paso de entrenamiento; el registro de entrenamiento al lado tiene los mismos números en palabras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WER (words)</source>
        <translation>WER (palabras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (characters)</source>
        <translation>CER (caracteres)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+75"/>
        <location line="+27"/>
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>Abrir a&amp;udio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+240"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Record something to transcribe</source>
        <translation>Grabar algo para transcribir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcribir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Suelte una grabación aquí, abra una o grabe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>Las palabras sombreadas y subrayadas son las que el modelo tiene menos seguras. Haga clic en una palabra para escucharla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segmentos, los menos seguros primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Texto (edítelo para corregir)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>Añadir los segmentos &amp;marcados a los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Los segmentos corregidos se convierten en fragmentos de entrenamiento; entrene de nuevo para mejorar el reconocedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transcribing</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Clic en una palabra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>escuchar esa palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Doble clic en un segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>escuchar ese segmento</translation>
    </message>
    <message>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation type="vanished">Adaptador {lang} propio del modelo base (si lo tiene)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>greedy</source>
        <translation>sin modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ added to the dataset</source>
        <translation>✓ añadido a los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ corrected</source>
        <translation>✎ corregido</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Save the transcript as {format}</source>
        <translation>Guardar la transcripción como {format}</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Open audio</source>
        <translation>Abrir audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Elegir una grabación para transcribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>El adaptador entrenado que escribe la transcripción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Escribir la transcripción de la grabación con el adaptador elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Detener la transcripción; los segmentos ya hechos se conservan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>Adaptad&amp;or:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>La transcripción palabra por palabra; las palabras de las que el modelo no está seguro aparecen subrayadas y sombreadas. Tab pasa de una palabra a otra, Intro reproduce la palabra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Cada segmento con su confianza en palabras; F2 corrige el texto, Espacio marca Añadir, Ctrl+Space reproduce el segmento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Añadir los segmentos marcados a los datos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Transcription progress</source>
        <translation>Progreso de la transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Cuánto de la grabación está transcrito</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hear the selected segment</source>
        <translation>escuchar el segmento seleccionado</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a recording</source>
        <translation>Abrir una grabación</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation type="vanished">Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use this recording</source>
        <translation>No se puede usar esta grabación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation type="vanished">No se puede grabar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop &amp;recording</source>
        <translation>Detener la &amp;grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Recording… press Stop recording when done.</source>
        <translation>● Grabando… pulse Detener la grabación cuando termine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing the take…</source>
        <translation>Terminando la toma…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>● Recording… {s:.1f} s — press Stop recording when done.</source>
        <translation>● Grabando… {s:.1f} s — pulse Detener la grabación cuando termine.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Transcribing needs the base model, which is not on this computer yet.</source>
        <translation>La transcripción necesita el modelo base, que aún no está en este equipo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segmento(s) hasta ahora…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>No se pudo realizar la transcripción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>No se reconoció nada. Escriba lo que se dice en la fila de abajo y añádala a los datos: así es como aprende el reconocedor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segmento(s). Corrija primero los menos seguros y luego añádalos a los datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoder: {decoder}.</source>
        <translation>Decodificador: {decoder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— nothing recognised</source>
        <translation>— no se reconoció nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ baja</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(no se reconoció nada: escriba lo que se dice en la tabla de abajo)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(no se encontró habla)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation type="vanished">No se puede reproducir</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: escriba primero lo que se dice.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some segments were not added</source>
        <translation>Algunos segmentos no se añadieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>Se añadieron {n} fragmento(s) a los datos. Entrene de nuevo para mejorar el reconocedor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Exportar la transcripción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the sound over time, in seconds</source>
        <translation>La forma del sonido en el tiempo, en segundos</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+33"/>
        <source>Welcome — MMS Studio</source>
        <translation>Bienvenida — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Convierta las grabaciones de su comunidad en un reconocedor de voz para su idioma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Empezar un proyecto para un idioma: un nombre, el código de idioma y una carpeta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Abrir una carpeta de proyecto creada antes (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a &amp;demo project</source>
        <translation>Probar un proyecto de &amp;demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo project</source>
        <translation>Probar un proyecto de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a small project in a made-up language with a tiny model trained on it, to look around without downloading anything (about a minute)</source>
        <translation>Crear un pequeño proyecto en un idioma inventado con un modelo diminuto entrenado en él, para explorar sin descargar nada (alrededor de un minuto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo progress</source>
        <translation>Progreso de la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far making the demo project has come</source>
        <translation>Cuánto lleva la creación del proyecto de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the demo</source>
        <translation>Detener la creación de la demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the demo project; what was made stays in its folder</source>
        <translation>Detener la creación del proyecto de demostración; lo creado se queda en su carpeta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Proyectos abiertos antes; pulse Intro para abrir el seleccionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Los proyectos que abra aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open project folder</source>
        <translation>Abrir la carpeta del proyecto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo project in {path}…</source>
        <translation>Creando el proyecto de demostración en {path}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo project is ready.</source>
        <translation>El proyecto de demostración está listo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped. What was made is still in its folder.</source>
        <translation>Detenido. Lo creado sigue en su carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo project could not be made</source>
        <translation>No se pudo crear el proyecto de demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the demo failed unexpectedly; see the log file.</source>
        <translation>La creación de la demostración falló inesperadamente; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+23"/>
        <source>No sound system was found on this computer, so recording and playback are unavailable. Install PortAudio (see the README), then restart MMS Studio.</source>
        <extracomment>Every template a core job or workflow sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>No se encontró ningún sistema de sonido en este equipo, así que no se puede grabar ni reproducir. Instale PortAudio (vea el README) y reinicie MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of sound devices could not be read. Check that the sound system is running, then look for sound devices again.</source>
        <translation>No se pudo leer la lista de dispositivos de sonido. Compruebe que el sistema de sonido esté funcionando y busque de nuevo los dispositivos de sonido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound card was found: recording and playback are unavailable. Plug in a microphone and speakers or a headset, then press “Look for sound devices again”.</source>
        <translation>No se encontró ninguna tarjeta de sonido: no se puede grabar ni reproducir. Conecte un micrófono y altavoces o auriculares, y pulse “Buscar de nuevo los dispositivos de sonido”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No microphone was found, so nothing can be recorded. Plug one in, then press “Look for sound devices again”.</source>
        <translation>No se encontró ningún micrófono, así que no se puede grabar nada. Conecte uno y pulse “Buscar de nuevo los dispositivos de sonido”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speakers or headphones were found, so nothing can be played. Plug some in, then press “Look for sound devices again”.</source>
        <translation>No se encontraron altavoces ni auriculares, así que no se puede reproducir nada. Conecte unos y pulse “Buscar de nuevo los dispositivos de sonido”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be opened; the previous one is still in use.</source>
        <translation>No se pudo abrir el micrófono “{name}”; se sigue usando el anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be started; the previous one is still in use.</source>
        <translation>No se pudo iniciar el micrófono “{name}”; se sigue usando el anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound could not be played: no speakers or headphones answered. Plug some in, then press “Look for sound devices again”.</source>
        <translation>No se pudo reproducir el sonido: no respondió ningún altavoz ni auricular. Conecte unos y pulse “Buscar de nuevo los dispositivos de sonido”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is too short: say the whole sentence after pressing record.</source>
        <translation>La toma es demasiado corta: diga la frase completa después de pulsar Grabar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is longer than {seconds:.0f} seconds: split it into shorter sentences.</source>
        <translation>La toma dura más de {seconds:.0f} segundos: divídala en frases más cortas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is very quiet: speak closer to the microphone or raise its input level.</source>
        <translation>La toma es muy baja: hable más cerca del micrófono o suba su nivel de entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is distorted (too loud): move back from the microphone or lower its input level.</source>
        <translation>La toma está distorsionada (demasiado alta): aléjese del micrófono o baje su nivel de entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take {name} could not be read; it is kept in the project&apos;s recordings folder.</source>
        <translation>No se pudo leer la toma {name}; se conserva en la carpeta de grabaciones del proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Escriba lo que se dice en la toma antes de aceptarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A take is already being recorded.</source>
        <translation>Ya se está grabando una toma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved in {folder} ({reason}).</source>
        <translation>No se pudo guardar la toma en {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved: {reason}</source>
        <translation>No se pudo guardar la toma: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <translation>Eligiendo los fragmentos de entrenamiento, de control y de prueba (hablantes separados)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Cargando el modelo base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the base model for this computer (once)…</source>
        <translation>Preparando el modelo base para este equipo (una sola vez)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Transcribiendo con la referencia «{baseline}»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Descargando el modelo base {base} (unos 4 GB, se puede reanudar)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the downloaded base model…</source>
        <translation>Comprobando el modelo base descargado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding speech…</source>
        <translation>Buscando el habla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding speech in {name} ({n} of {total})…</source>
        <translation>Buscando el habla en {name} ({n} de {total})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing {speech} of speech ({skipped} of silence skipped)…</source>
        <translation>Transcribiendo {speech} de habla ({skipped} de silencio omitidos)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to the recording…</source>
        <translation>Escuchando la grabación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the transcript…</source>
        <translation>Alineando la transcripción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the aligned lines to the project…</source>
        <translation>Añadiendo las líneas alineadas al proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding {count} clip(s)…</source>
        <translation>Añadiendo {count} fragmento(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut from {name} by speech detection; it needs its transcript.</source>
        <translation>Cortado de {name} al buscar el habla; necesita su transcripción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript follows this line; check where the line ends.</source>
        <translation>Después de esta línea hay habla que no está en la transcripción; revise dónde termina la línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript comes before this line; check where it starts.</source>
        <translation>Antes de esta línea hay habla que no está en la transcripción; revise dónde empieza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alignment of this line is doubtful (score {score}); check its times and its text.</source>
        <translation>La alineación de esta línea es dudosa (puntuación {score}); revise sus tiempos y su texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the Review page without a transcript; type what is said.</source>
        <translation>Aceptado en la página Revisión sin transcripción; escriba lo que se dice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Exportando {count} fragmento(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>{count} fragmento(s) exportado(s) a {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Importando {count} fragmento(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>{imported} fragmento(s) importado(s); {skipped} omitido(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Paso {step}: CER de control {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Entrenando el adaptador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Entrenando el adaptador (recalculando para caber en la memoria)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Detenido antes: el CER de control no ha mejorado en {count} evaluaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Aún no hay fragmentos de control: el fragmento {clip} se aparta para medir el progreso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Comparando con el adaptador propio del modelo base para este idioma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with what the base model writes on its own (zero-shot)…</source>
        <translation>Comparando con lo que escribe el modelo base solo (sin entrenamiento)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming {run} with its own settings: step {step} of {steps}. To change them, start a new run.</source>
        <translation>Reanudando {run} con su propia configuración: paso {step} de {steps}. Para cambiarla, inicie un nuevo entrenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Sin comparación con el modelo base: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name “{name}” is empty or leads outside the dataset folder.</source>
        <translation>El nombre de archivo “{name}” está vacío o lleva fuera de la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is missing or not a recording.</source>
        <translation>{name} falta o no es una grabación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcription is empty.</source>
        <translation>La transcripción está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recording(s) listed are not in the clips folder: {named}{more}.</source>
        <translation>{count} grabación(es) de la lista no están en la carpeta de fragmentos: {named}{more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence is empty.</source>
        <translation>La frase está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path “{path}” leads outside the clips folder; it was not followed.</source>
        <translation>La ruta “{path}” lleva fuera de la carpeta de fragmentos; no se siguió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no tiers.</source>
        <translation>No tiene niveles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its time-aligned top-level tiers has any text; choose a tier with --tier.</source>
        <translation>Ninguno de sus niveles principales alineados en el tiempo tiene texto; elija un nivel con --tier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its annotations subdivide another tier&apos;s annotations without times of their own; import the parent tier instead.</source>
        <translation>Sus anotaciones subdividen las de otro nivel sin tiempos propios; importe mejor el nivel padre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier has no annotations.</source>
        <translation>El nivel no tiene anotaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty annotation(s).</source>
        <translation>{count} anotación(es) vacía(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tier matches {asked}; its tiers are: {tiers}.</source>
        <translation>Ningún nivel coincide con {asked}; sus niveles son: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its tiers has any text.</source>
        <translation>Ninguno de sus niveles tiene texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({tried}) was not found in the folders chosen for this import, so its {count} annotation(s) were not imported; put the recording beside the .eaf, or import the folder that holds both.</source>
        <translation>Su grabación ({tried}) no se encontró en las carpetas elegidas para esta importación, así que sus {count} anotación(es) no se importaron; ponga la grabación junto al .eaf o importe la carpeta que contiene ambos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation has no time in the file (unaligned).</source>
        <translation>La anotación no tiene tiempo en el archivo (sin alinear).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation mostly overlaps the one before it on the same tier.</source>
        <translation>La anotación se superpone casi por completo con la anterior en el mismo nivel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation lies outside the recording {media}.</source>
        <translation>La anotación queda fuera de la grabación {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation ends ({end} ms) before it starts ({start} ms).</source>
        <translation>La anotación termina ({end} ms) antes de empezar ({start} ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation starts after the end of {media}.</source>
        <translation>La anotación empieza después del final de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording {media} cannot be used: {reason}</source>
        <translation>Su grabación {media} no se puede usar: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds no subtitles.</source>
        <translation>El archivo no contiene subtítulos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} subtitle(s) were not imported.</source>
        <translation>Su grabación ({stem}.wav u otro archivo de audio llamado {stem}) no se encontró a su lado, así que sus {count} subtítulo(s) no se importaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle(s) without text (or repeating the one before).</source>
        <translation>{count} subtítulo(s) sin texto (o que repiten el anterior).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle ends before it starts.</source>
        <translation>El subtítulo termina antes de empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle starts after the end of {media}.</source>
        <translation>El subtítulo empieza después del final de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle lies outside the recording {media}.</source>
        <translation>El subtítulo queda fuera de la grabación {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} interval(s) were not imported.</source>
        <translation>Su grabación ({stem}.wav u otro archivo de audio llamado {stem}) no se encontró a su lado, así que sus {count} intervalo(s) no se importaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a point tier; only interval tiers have stretches of speech to cut.</source>
        <translation>Es un nivel de puntos; solo los niveles de intervalos tienen tramos de habla que cortar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no interval tier with any text.</source>
        <translation>No tiene ningún nivel de intervalos con texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval starts after the end of {media}.</source>
        <translation>El intervalo empieza después del final de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval lies outside the recording {media}.</source>
        <translation>El intervalo queda fuera de la grabación {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no transcribed speech.</source>
        <translation>No contiene habla transcrita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({name}.wav) was not found next to it, so its {count} transcribed stretch(es) were not imported.</source>
        <translation>Su grabación ({name}.wav) no se encontró a su lado, así que sus {count} tramo(s) transcrito(s) no se importaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch ends before it starts.</source>
        <translation>El tramo termina antes de empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch starts after the end of {media}.</source>
        <translation>El tramo empieza después del final de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch lies outside the recording {media} (negative times).</source>
        <translation>El tramo queda fuera de la grabación {media} (tiempos negativos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported by default; choose it with --tier if it holds the transcription.</source>
        <translation>No se importa por defecto; elíjalo con --tier si contiene la transcripción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invisible character(s) {chars} removed</source>
        <translation>Carácter(es) invisible(s) {chars} quitado(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup removed ({examples})</source>
        <translation>Marcas quitadas ({examples})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tier is damaged ({problem}); the other tiers are read. Open the file in Praat and save it again.</source>
        <translation>Este nivel está dañado ({problem}); los demás niveles se leen. Abra el archivo en Praat y guárdelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as Latin-1 (Western European) text, as Praat does for a file that is not UTF-8 or UTF-16; check its accented letters.</source>
        <translation>Se leyó como texto Latin-1 (Europa occidental), como hace Praat con un archivo que no es UTF-8 ni UTF-16; revise sus letras con tilde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty or silence interval(s) passed over.</source>
        <translation>{count} intervalo(s) vacío(s) o de silencio omitido(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: it holds the most running text ({letters:,} letters, {words:.1f} words per annotation).</source>
        <translation>Se tomó el nivel “{tier}”: es el que tiene más texto seguido ({letters:,} letras, {words:.1f} palabras por anotación).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: its name says it holds the transcription ({count} annotation(s)).</source>
        <translation>Se tomó el nivel “{tier}”: su nombre indica que contiene la transcripción ({count} anotación(es)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tier per speaker, named after the speaker: {tiers}.</source>
        <translation>Un nivel por hablante, con el nombre del hablante: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One transcript tier per participant: {tiers}.</source>
        <translation>Un nivel de transcripción por participante: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers named as transcriptions: {tiers}.</source>
        <translation>Niveles con nombre de transcripción: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has letters in another script than this project&apos;s usual {usual} ({found}): another language, or letters typed with the wrong keyboard.</source>
        <translation>La transcripción tiene letras de una escritura distinta de la habitual del proyecto, {usual} ({found}): otro idioma, o letras escritas con el teclado equivocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip holds no sound at all.</source>
        <translation>El fragmento no contiene ningún sonido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was recorded, or the wrong channel or cut was taken.</source>
        <translation>El fragmento está en silencio (su momento más alto es de {peak:.0f} dBFS): no se grabó nada, o se tomó el canal o el corte equivocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is distorted: {share:.1%} of its samples are at full scale (recorded too loud).</source>
        <translation>El fragmento está distorsionado: el {share:.1%} de sus muestras está al máximo (grabado demasiado alto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, so split it into sentences.</source>
        <translation>El fragmento dura {seconds:.0f} s; el entrenamiento usa fragmentos de hasta {limit:.0f} s, así que divídalo en frases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} per second; speech has at most about 20): the text and the cut do not belong together.</source>
        <translation>La transcripción tiene {letters:,} letras para {seconds:.2f} s de sonido ({rate:,.0f} por segundo; el habla tiene como mucho unas 20): el texto y el corte no se corresponden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is probably incomplete.</source>
        <translation>La transcripción solo tiene {letters} letra(s) para {seconds:.0f} s de sonido; probablemente está incompleta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); check that the cut holds the speech.</source>
        <translation>El fragmento es casi todo silencio (el {share:.0%} por debajo de {level:.0f} dBFS); compruebe que el corte contiene el habla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is only {seconds:.2f} s long, too short to hold a word.</source>
        <translation>El fragmento solo dura {seconds:.2f} s, demasiado corto para contener una palabra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip sounds like steady noise, not speech (its loudness stays within {spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.</source>
        <translation>El fragmento suena a ruido constante, no a habla (su volumen se mantiene dentro de {spread:.0f} dB, pico de {peak:.0f} dBFS); escúchelo antes de entrenar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as timed labels (start end label lines); the times were left out</source>
        <translation>Se leyó como etiquetas con tiempos (líneas inicio fin etiqueta); se quitaron los tiempos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording&apos;s name “{id}” at the start of the line was left out</source>
        <translation>Se quitó el nombre de la grabación “{id}” al principio de la línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as an “id|text” line (another tool&apos;s layout); the id “{id}” was left out</source>
        <translation>Se leyó como una línea “id|texto” (formato de otra herramienta); se quitó el id “{id}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} clip(s), {hms} of audio; {flagged} need review; skipped {skipped}.</source>
        <translation>Se importaron {count} fragmento(s), {hms} de audio; {flagged} por revisar; {skipped} omitido(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({count} clip(s)).</source>
        <translation>{text} ({count} fragmento(s)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  imported  {name}: {count} clip(s), {seconds:.1f} s</source>
        <translation>  importado {name}: {count} fragmento(s), {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  skipped   {where}: {reason}</source>
        <translation>  omitido   {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  note      {where}: {text}</source>
        <translation>  nota      {where}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript holds annotation markup ({examples}) that would be learnt as speech; edit it, or import again with the option to remove markup.</source>
        <translation>La transcripción contiene marcas de anotación ({examples}) que se aprenderían como habla; edítela o vuelva a importar con la opción de quitar marcas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  review    {where}: {reason}</source>
        <translation>  revisar   {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left of the transcript once markup and invisible characters are removed.</source>
        <translation>No queda nada de la transcripción al quitar las marcas y los caracteres invisibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored clip cannot be read back: {reason}</source>
        <translation>No se puede volver a leer el fragmento guardado: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the tiny demo model…</source>
        <translation>Creando el modelo de demostración diminuto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {count} demo clips…</source>
        <translation>Grabando {count} fragmentos de demostración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the texts…</source>
        <translation>Leyendo los textos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the language model…</source>
        <translation>Creando el modelo de lenguaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring {clips} dev clips…</source>
        <translation>Evaluando {clips} fragmentos de control…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning the language model weights on {clips} dev clips…</source>
        <translation>Ajustando los pesos del modelo de lenguaje con {clips} fragmentos de control…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greedy</source>
        <translation>sin modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beam search with hotwords</source>
        <translation>búsqueda en haz con palabras prioritarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: beam search with hotwords, no language model.</source>
        <translation>Decodificación: búsqueda en haz con palabras prioritarias, sin modelo de lenguaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (no language model).</source>
        <translation>Decodificación: sin modelo de lenguaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own adapter).</source>
        <translation>Decodificación: sin modelo de lenguaje (el adaptador propio del modelo base).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own output, zero-shot).</source>
        <translation>Decodificación: sin modelo de lenguaje (salida propia del modelo base, sin entrenamiento).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptador {lang} propio del modelo base (si tiene uno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s own output (zero-shot)</source>
        <translation>Salida propia del modelo base (sin entrenamiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own output (zero-shot).</source>
        <translation>Aún no hay ningún adaptador entrenado: se transcribe con la salida propia del modelo base (sin entrenamiento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own adapter for “{language}”.</source>
        <translation>Aún no hay ningún adaptador entrenado: se transcribe con el adaptador propio del modelo base para «{language}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding without the language model: {reason}</source>
        <translation>Decodificación sin el modelo de lenguaje: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding without the language model: it did not lower this adapter&apos;s dev error rates (use --lm to force it).</source>
        <translation>Decodificación sin el modelo de lenguaje: no redujo las tasas de error de control de este adaptador (use --lm para forzarlo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding: {decoder}.</source>
        <translation>Decodificación: {decoder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {order}, {words} words, from {sentences} sentences</source>
        <translation>orden {order}, {words} palabras, de {sentences} frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tuned on the dev clips</source>
        <translation>ajustado con los fragmentos de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tuned yet: default weights</source>
        <translation>aún sin ajustar: pesos predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned}) + {count} hotwords</source>
        <translation>modelo de lenguaje ({model}; peso {alpha:g}, bonificación por palabra {beta:g}, {tuned}) + {count} palabras prioritarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})</source>
        <translation>modelo de lenguaje ({model}; peso {alpha:g}, bonificación por palabra {beta:g}, {tuned})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,162 languages with ready adapters</source>
        <translation>1162 idiomas con adaptadores listos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the slowest: about 12 s per training step on a 2-core laptop</source>
        <translation>el más lento: unos 12 s por paso de entrenamiento en un portátil de 2 núcleos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription</source>
        <translation>317 M de pesos, 3× menos que MMS 1B: entrenamiento y transcripción más rápidos</translation>
    </message>
    <message>
        <source>the slowest: an adapter step on 4 × 5 s takes ~12 s on a 2-core laptop CPU</source>
        <translation type="vanished">el más lento: un paso de adaptador con 4 × 5 s tarda ~12 s en el procesador de 2 núcleos de un portátil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>1,600+ languages (no ready adapters)</source>
        <translation>más de 1600 idiomas (sin adaptadores listos)</translation>
    </message>
    <message>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription (bench/families.py measures both on this computer)</source>
        <translation type="vanished">317 M de pesos, 3× menos que MMS 1B: entrenamiento y transcripción más rápidos (bench/families.py mide ambos en este ordenador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about as heavy as MMS 1B (similar speed); more accurate than the 300M</source>
        <translation>casi tan pesado como MMS 1B (velocidad parecida); más preciso que el 300M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model folder on this computer</source>
        <translation>una carpeta de modelo en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model from the Hub</source>
        <translation>un modelo del Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the model</source>
        <translation>depende del modelo</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {field} of clip {clip}</source>
        <translation type="vanished">Editar el fragmento {clip} ({field})</translation>
    </message>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+30"/>
        <source>Edit the transcript of {clip}</source>
        <translation>Editar la transcripción de {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the speaker of {clip}</source>
        <translation>Cambiar el hablante de {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {clip} to another set</source>
        <translation>Pasar {clip} a otro grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of {clip}</source>
        <translation>Cambiar el estado de {clip}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete {n} clip(s)</source>
        <translation>Eliminar {n} fragmento(s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change the language settings</source>
        <translation>Cambiar la configuración del idioma</translation>
    </message>
</context>
</TS>
