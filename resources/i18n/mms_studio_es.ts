<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+98"/>
        <location line="+43"/>
        <source>Cannot open this project</source>
        <translation>No se puede abrir este proyecto</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Abriendo {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+61"/>
        <source>The base model is needed</source>
        <translation>Se necesita el modelo base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation>Para entrenar y transcribir, MMS Studio necesita el modelo base MMS de Meta “{base}” (unos 4 GB, con licencia CC-BY-NC 4.0). Descárguelo una sola vez —una descarga interrumpida continúa donde se detuvo— o elija una carpeta que ya lo contenga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+29"/>
        <source>Downloading… time left {eta}</source>
        <translation>Descargando… tiempo restante {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ El modelo base está listo.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+38"/>
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
        <location filename="../../mms_studio/gui/shell/crash.py" line="+56"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio tuvo un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Algo salió mal dentro de MMS Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation>Sus grabaciones, transcripciones y entrenamientos terminados se guardan mientras trabaja, así que no se ha perdido nada de lo que completó. Puede seguir trabajando o reiniciar la aplicación por seguridad.

Los detalles están en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+104"/>
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
        <location line="+200"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Informe de ortografía</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Listar cada carácter usado en las transcripciones, cuántas veces y en qué fragmentos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="-97"/>
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
        <location line="+18"/>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation>Cada fragmento con su estado en palabras; F2 edita una transcripción, la tecla Menú cambia el estado o el grupo, Ctrl+Space reproduce el fragmento.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Seleccione un fragmento para verlo y escucharlo.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+47"/>
        <source>delete the selected clips</source>
        <translation>eliminar los fragmentos seleccionados</translation>
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
        <location line="+20"/>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Fragmentos: {clips} · habla: {minutes:.1f} min · hablantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation>Esta versión de MMS Studio aún no puede generar el informe.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation>{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown speaker</source>
        <translation>hablante desconocido</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot play this clip</source>
        <translation>No se puede reproducir este fragmento</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+16"/>
        <source>Import recordings and transcripts</source>
        <translation>Importar grabaciones y transcripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation>Grabaciones y transcripciones (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+22"/>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <location line="-21"/>
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
        <location line="+21"/>
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
        <location filename="../../mms_studio/gui/main_window.py" line="+62"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Las partes del proyecto: elija una con las flechas o pulse Ctrl+1 a Ctrl+5 desde cualquier lugar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opening the project…</source>
        <translation>Abriendo el proyecto…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every change is saved as you make it.</source>
        <translation>Cada cambio se guarda al momento.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Se conservaron {n} toma(s) interrumpida(s) por un fallo; revíselas en la página Grabar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page</source>
        <translation>Mostrar la página {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>A&amp;cerca de MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation>El nuevo idioma de la interfaz se verá por completo la próxima vez que se inicie MMS Studio.</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+24"/>
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
        <location line="+18"/>
        <source>a background job</source>
        <translation>una tarea en segundo plano</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../mms_studio/gui/welcome.py" line="+55"/>
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
        <location line="+2"/>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation>código ISO 639-3, p. ej., abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Código de idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation>El código ISO 639-3 del idioma (dos o tres letras minúsculas); no se puede cambiar después.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>&amp;Language code:</source>
        <translation>Código de &amp;idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+19"/>
        <source>Give the project a name.</source>
        <translation>Ponga un nombre al proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation>Escriba el código ISO 639-3 del idioma (dos o tres letras minúsculas).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Keep projects in</source>
        <translation>Guardar los proyectos en</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+61"/>
        <location line="+73"/>
        <location line="+284"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="-343"/>
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
        <location line="+254"/>
        <source>Free recording</source>
        <translation>Grabación libre</translation>
    </message>
    <message>
        <location line="-255"/>
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
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Pulse Grabar (Ctrl+R) y lea la frase.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+12"/>
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
        <location line="+43"/>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation>⚠ No se encontró ningún micrófono. Conecte uno y vuelva a esta página.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Microphone not changed</source>
        <translation>No se cambió el micrófono</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+221"/>
        <source>Open prompts</source>
        <translation>Abrir frases para leer</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+35"/>
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
        <location line="+11"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Grabando… {s:.1f} s — pulse Detener (Ctrl+R) al terminar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The take could not be saved: {error}</source>
        <translation>⚠ No se pudo guardar la toma: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Buena toma ({s:.1f} s). Acéptela con Ctrl+Enter o grabe de nuevo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot play the take</source>
        <translation>No se puede reproducir la toma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type what was said</source>
        <translation>Escriba lo que se dijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Escriba lo que se dice en la toma antes de aceptarla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The take was not added</source>
        <translation>La toma no se añadió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added clip {id}.</source>
        <translation>Fragmento {id} añadido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Añadido. Pulse Grabar (Ctrl+R) para la siguiente.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/settings.py" line="+55"/>
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
        <location line="+13"/>
        <source>S&amp;ample:</source>
        <translation>E&amp;jemplo:</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location line="+3"/>
        <source>Learned as:</source>
        <translation>Se aprende como:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep these rules for training and scoring</source>
        <translation>Conservar estas reglas para el entrenamiento y la evaluación</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved.</source>
        <translation>✓ Guardado.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+71"/>
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
        <location line="+7"/>
        <location line="+3"/>
        <source>from the preset</source>
        <translation>según la configuración predefinida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipe default (0.001)</source>
        <translation>valor predeterminado de la receta (0.001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit to memory</source>
        <translation>ajustar a la memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Pasos de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation>Cuántos pasos entrenar; 0 toma el número de la configuración predefinida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on dev clips every</source>
        <translation>Comprobar con los fragmentos de control cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation>Cuántos pasos entre comprobaciones con los fragmentos de control; 0 lo toma de la configuración predefinida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation>El tamaño de cada paso de entrenamiento; 0 mantiene el valor predeterminado de la receta</translation>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
        <location line="+79"/>
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
        <location line="+82"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Terminado: adaptador {name}, CER de control {cer}; adaptador propio del modelo base: CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Terminado: adaptador {name}, CER de control {cer}.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base model&apos;s CER</source>
        <translation>CER del modelo base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation>Los mismos fragmentos de control transcritos por el adaptador propio del modelo base para este idioma, si lo tiene (— si no lo tiene)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adapter library (this project)</source>
        <translation>Biblioteca de adaptadores (este proyecto)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>No se pudo comprobar el hardware de este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training an adapter</source>
        <translation>entrenamiento de un adaptador</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nothing to resume</source>
        <translation>Nada que reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>No hay ningún entrenamiento detenido que continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming {run}</source>
        <translation>Reanudando {run}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting a new training run.</source>
        <translation>Iniciando un nuevo entrenamiento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Deteniendo después del paso actual; el progreso se guarda…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time left: {eta}</source>
        <translation>tiempo restante: {eta}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} fragmento(s) dejado(s) fuera (demasiado largo, o demasiado corto para su transcripción).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation>paso {step}: pérdida de control {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss:.3f}</source>
        <translation>paso {step}: pérdida {loss:.3f}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Terminado. El adaptador está en la biblioteca de abajo y en la página Transcribir.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../mms_studio/gui/plots/curves.py" line="+30"/>
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
        <location line="+7"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dev</source>
        <translation>control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WER (words)</source>
        <translation>WER (palabras)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CER (characters)</source>
        <translation>CER (caracteres)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+64"/>
        <location line="+24"/>
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
        <location line="+209"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="-210"/>
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
        <location line="+43"/>
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
        <location line="+25"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptador {lang} propio del modelo base (si lo tiene)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the transcript as {format}</source>
        <translation>Guardar la transcripción como {format}</translation>
    </message>
    <message>
        <location line="-154"/>
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
        <location line="+209"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location line="-203"/>
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
        <location line="+29"/>
        <source>Transcription progress</source>
        <translation>Progreso de la transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Cuánto de la grabación está transcrito</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hear the selected segment</source>
        <translation>escuchar el segmento seleccionado</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a recording</source>
        <translation>Abrir una grabación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use this recording</source>
        <translation>No se puede usar esta grabación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot record</source>
        <translation>No se puede grabar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop &amp;recording</source>
        <translation>Detener la &amp;grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+17"/>
        <source>— nothing recognised</source>
        <translation>— no se reconoció nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ baja</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(no se reconoció nada: escriba lo que se dice en la tabla de abajo)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(no se encontró habla)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot play</source>
        <translation>No se puede reproducir</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: escriba primero lo que se dice.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../mms_studio/gui/welcome.py" line="+32"/>
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
        <location line="+3"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+9"/>
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
        <location line="+39"/>
        <source>Open project folder</source>
        <translation>Abrir la carpeta del proyecto</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+22"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <extracomment>Every template a core job (or gui/engine_jobs.py) sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Eligiendo los fragmentos de entrenamiento, de control y de prueba (hablantes separados)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Cargando el modelo base…</translation>
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
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
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
        <source>No comparison with the base model: {reason}</source>
        <translation>Sin comparación con el modelo base: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+31"/>
        <source>Edit {field} of clip {clip}</source>
        <translation>Editar el fragmento {clip} ({field})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {n} clip(s)</source>
        <translation>Eliminar {n} fragmento(s)</translation>
    </message>
</context>
</TS>
