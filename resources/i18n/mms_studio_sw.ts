<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+98"/>
        <location line="+43"/>
        <source>Cannot open this project</source>
        <translation>Haiwezekani kufungua mradi huu</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Inafungua {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+61"/>
        <source>The base model is needed</source>
        <translation>Modeli ya msingi inahitajika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation>Ili kufunza na kunakili, MMS Studio inahitaji modeli ya msingi ya MMS ya Meta, “{base}” (takriban 4 GB, leseni CC-BY-NC 4.0). Ipakue mara moja — upakuaji uliokatizwa unaendelea pale ulipoishia — au chagua folda ambayo tayari inayo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Download</source>
        <translation>&amp;Pakua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Chagua folda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Baadaye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Pakua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Pakua modeli ya msingi kutoka mtandaoni mara moja; upakuaji unaendelea pale ulipoishia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Chagua folda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Tumia folda ambayo tayari ina modeli ya msingi (config.json na model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Baadaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Funga kwa sasa; kufunza na kunakili kunahitaji modeli ya msingi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Downloading… time left {eta}</source>
        <translation>Inapakua… muda uliobaki {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ Modeli ya msingi iko tayari.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ Upakuaji umeshindikana; angalia faili ya kumbukumbu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Folda yenye modeli ya msingi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Folda hiyo haina modeli (config.json na model.safetensors zinahitajika).</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+38"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Mzungumzaji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Kipande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ sawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ ikaguliwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ imeachwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 imefutwa</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+56"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio imekumbwa na tatizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Hitilafu imetokea ndani ya MMS Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation>Rekodi zako, maandishi na mafunzo yaliyokamilika huhifadhiwa unapofanya kazi, kwa hivyo hakuna ulichokamilisha kilichopotea. Unaweza kuendelea kufanya kazi, au uanzishe upya programu ili kuwa salama.

Maelezo yako kwenye faili ya kumbukumbu:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open log folder</source>
        <translation>Fungua folda ya kumbukumbu</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+104"/>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Ingiza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Ongeza rekodi pamoja na maandishi yake: faili za sauti zenye .txt/.lab kando yake, folda, ELAN, TextGrid, manukuu, majedwali ya CSV, Common Voice. Unaweza pia kuziburuta hapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Chuja kwa maandishi, mzungumzaji au chanzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Chuja vipande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Futa kichujio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Onyesha vipande vyenye hali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>ikaguliwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>imeachwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>imefutwa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Futa vipande vilivyochaguliwa</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Futa vipande vilivyochaguliwa (Del); Ctrl+Z huvirudisha</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+200"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Ripoti ya tahajia</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Orodhesha kila herufi iliyotumika katika maandishi, mara ngapi, na katika vipande vipi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Vipande</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark as ok</source>
        <translation>Weka hali: sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Weka hali: ikaguliwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Acha nje ya mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Hamishia kwenye vipande vya mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Hamishia kwenye vipande vya kukagua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Hamishia kwenye vipande vya majaribio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Cheza kipande kilichochaguliwa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Cheza kipande kilichochaguliwa (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Onyesha vipande vyote tena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Onyesha vipande vyenye hali hii pekee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Onyesha &amp;vilivyofutwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Onyesha vipande vilivyofutwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Orodhesha pia vipande vilivyofutwa, ili viweze kurudishwa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>&amp;Ripoti ya tahajia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>Vipande vilivyo&amp;chaguliwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Vipande vilivyochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Weka hali ya vipande vilivyochaguliwa kuwa sawa, ikaguliwe au imeachwa, au vihamishie kwenye vipande vya mafunzo, vya kukagua au vya majaribio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation>Kila kipande pamoja na hali yake kwa maneno; F2 huhariri maandishi, kitufe cha Menu hubadilisha hali au kundi, Ctrl+Space hucheza kipande.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Chagua kipande ili ukione na ukisikilize.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import progress</source>
        <translation>Maendeleo ya uingizaji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Kiasi cha uingizaji kilichokamilika</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Simamisha uingizaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Simamisha baada ya kipande hiki; vipande vilivyokwisha ingizwa vinabaki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Ripoti ya uingizaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>Kilichoingizwa na kilichorukwa, pamoja na sababu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Bado hakuna vipande. Bonyeza Ingiza… au buruta hapa rekodi pamoja na maandishi yake — au rekodi mpya kwenye ukurasa wa Rekodi.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>delete the selected clips</source>
        <translation>futa vipande vilivyochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>cheza kipande kilichochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>hariri maandishi yaliyochaguliwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>chuja vipande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>kuingiza rekodi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Vipande: {clips} · usemi: dakika {minutes:.1f} · wazungumzaji: {speakers} · makundi: {splits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>bado hakuna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation>Toleo hili la MMS Studio bado haliwezi kutengeneza ripoti hiyo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation>{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown speaker</source>
        <translation>mzungumzaji asiyejulikana</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot play this clip</source>
        <translation>Haiwezekani kucheza kipande hiki</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>Mabadiliko hayakufanywa</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>Vipande {n} vimefutwa. Tendua kwa Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import recordings and transcripts</source>
        <translation>Ingiza rekodi na maandishi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation>Rekodi na maandishi (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import already running</source>
        <translation>Uingizaji tayari unaendelea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Subiri uingizaji unaoendelea ukamilike, au uusimamishe kwanza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Inaingiza…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Inasimama baada ya kipande hiki…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>imerukwa  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>imeingizwa {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Hakuna kilichoingizwa</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+22"/>
        <source>silence</source>
        <translation>kimya</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>Ukubwa wa sauti ya maikrofoni kwa desibeli; onyo kwa maneno huonekana sauti ikiwa kubwa mno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Kiwango cha sauti</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Sauti kubwa mno!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>kiwango sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>chini</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+62"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Funza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribe</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Vipengele vya mradi: chagua kimoja kwa vitufe vya mishale, au bonyeza Ctrl+1 hadi Ctrl+5 popote ulipo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opening the project…</source>
        <translation>Inafungua mradi…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every change is saved as you make it.</source>
        <translation>Kila badiliko huhifadhiwa mara unapolifanya.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Majaribio {n} yaliyokatizwa na hitilafu yamehifadhiwa; yapitie kwenye ukurasa wa Rekodi</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>Mradi &amp;mpya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Fungua mradi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Ingiza rekodi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>F&amp;unga mradi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Nenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page</source>
        <translation>Onyesha ukurasa wa {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>M&amp;andhari</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Follow the system</source>
        <translation>Fuata mfumo</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Light</source>
        <translation>Mwanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Giza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Usaidizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Fungua &amp;folda ya kumbukumbu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Kuhusu MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Lugha ya kiolesura</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation>Lugha mpya ya kiolesura itaonekana kikamilifu MMS Studio itakapofunguliwa tena.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Kila mchanganyiko wa vitufe na kazi yake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Kazi yake</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About MMS Studio</source>
        <translation>Kuhusu MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Hufunza adapta ndogo za modeli ya usemi ya MMS ya Meta (facebook/mms-1b-all, leseni CC-BY-NC 4.0: adapta unazofunza zinarithi leseni hiyo). Faili ya kumbukumbu: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Fungua folda ya mradi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a background job</source>
        <translation>kazi ya chinichini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and close?</source>
        <translation>Simamisha na ufunge?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>MMS Studio bado inashughulikia: {jobs}. Kufunga kutaisimamisha; kilichokamilika kitahifadhiwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Simamisha na ufunge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Endelea kufanya kazi</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+55"/>
        <source>New project</source>
        <translation>Mradi mpya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>k.m. Hadithi za Kiabui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Jina la mradi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>Jina lolote; folda ya mradi itapewa jina hili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation>msimbo wa ISO 639-3, k.m. abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Msimbo wa lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation>Msimbo wa ISO 639-3 wa lugha (herufi ndogo mbili au tatu); hauwezi kubadilishwa baadaye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Folda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>Folda itakayohifadhi mradi; andika njia yake au chagua moja kwa kitufe kilicho kando yake.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Chagua folda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Chagua folda itakayohifadhi mradi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Jina la mradi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language code:</source>
        <translation>&amp;Msimbo wa lugha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Hifadhi katika:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Unda mradi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Unda folda ya mradi na uifungue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Funga bila kuunda mradi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the project a name.</source>
        <translation>Upe mradi jina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation>Andika msimbo wa ISO 639-3 wa lugha (herufi ndogo mbili au tatu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Chagua folda ya kuhifadhi mradi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Tayari kuna folda yenye jina hili hapo; chagua jina lingine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>Mradi utahifadhiwa katika: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep projects in</source>
        <translation>Hifadhi miradi katika</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+61"/>
        <location line="+73"/>
        <location line="+284"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>who is speaking (name or code)</source>
        <translation>nani anazungumza (jina au msimbo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Maikrofoni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Faili ya maandishi yenye sentensi moja kwa kila mstari</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+254"/>
        <source>Free recording</source>
        <translation>Kurekodi huru</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Record without prompts and type what was said</source>
        <translation>Rekodi bila sentensi za kusoma na uandike kilichosemwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>M&amp;zungumzaji:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Tafuta maikrofoni tena</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Tafuta maikrofoni tena (baada ya kuchomeka moja)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Mzungumzaji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>Maikrofoni inayotumika kurekodi majaribio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>Fungua &amp;sentensi za kusoma…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>&amp;Kurekodi huru</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>Ma&amp;ikrofoni:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Sentensi za kusoma:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>kinachosemwa katika jaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Maandishi ya jaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>Kinachosemwa katika jaribio; Ctrl+R hurekodi, Ctrl+Enter hukubali jaribio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Cheza jaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Rekodi tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Kubali na uendelee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Iliyotangulia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Ruka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Anza kurekodi jaribio; bonyeza tena ili kusimamisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Sikiliza jaribio; bonyeza tena ili kusimamisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Tupa jaribio hili na urekodi sentensi tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Ongeza jaribio na maandishi yake kwenye data, kisha onyesha sentensi inayofuata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Rudi kwenye sentensi iliyotangulia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Nenda kwenye sentensi inayofuata bila kurekodi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Bonyeza Rekodi (Ctrl+R) na usome sentensi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review re&amp;covered take</source>
        <translation>Pitia jaribio lililo&amp;okolewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Pitia jaribio lililookolewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Pakia jaribio linalofuata lililokatizwa na hitilafu, ili ulicheze, ulinakili na ulikubali</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transcript:</source>
        <translation>Maan&amp;dishi:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>anza au simamisha kurekodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>cheza au simamisha jaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>rekodi sentensi tena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>kubali jaribio na uende kwenye sentensi inayofuata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>ruka hadi sentensi inayofuata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>rudi kwenye sentensi iliyotangulia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>kurekodi jaribio</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation>⚠ Hakuna maikrofoni iliyopatikana. Chomeka moja kisha urudi kwenye ukurasa huu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Microphone not changed</source>
        <translation>Maikrofoni haijabadilishwa</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+221"/>
        <source>Open prompts</source>
        <translation>Fungua sentensi za kusoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Faili za maandishi (*.txt);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Haiwezekani kutumia sentensi hizi za kusoma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>Sentensi zote {n} zimekamilika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Imekamilika! Fungua faili nyingine ya sentensi au rekodi kwa uhuru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Sentensi {i} kati ya {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Sema chochote, kisha andika ulichosema hapa chini.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Inarekodi… bonyeza Simamisha (Ctrl+R) ukimaliza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Inakamilisha jaribio…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Inarekodi… {s:.1f} s — bonyeza Simamisha (Ctrl+R) ukimaliza.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The take could not be saved: {error}</source>
        <translation>⚠ Jaribio halikuweza kuhifadhiwa: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Jaribio zuri ({s:.1f} s). Kubali kwa Ctrl+Enter, au rekodi tena.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot play the take</source>
        <translation>Haiwezekani kucheza jaribio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type what was said</source>
        <translation>Andika kilichosemwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Andika kinachosemwa katika jaribio kabla ya kulikubali.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The take was not added</source>
        <translation>Jaribio halikuongezwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added clip {id}.</source>
        <translation>Kipande {id} kimeongezwa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Kimeongezwa. Bonyeza Rekodi (Ctrl+R) kwa kinachofuata.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ Majaribio {n} yalikuwa yakirekodiwa MMS Studio iliposimama ghafla; yamehifadhiwa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Jaribio lililookolewa {name} ({s:.1f} s): licheze, andika kinachosemwa kisha ulikubali.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/settings.py" line="+55"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>Msimbo wa lugha huwekwa mradi unapoundwa; adapta hufunzwa na kupewa majina kwa msimbo huo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Jina la mradi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>Jina la mradi, linaloonyeshwa kwenye kichwa cha dirisha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Msimbo wa lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modeli ya msingi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>Modeli ya MMS ambayo adapta hufunzwa juu yake (kusoma tu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Mradi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Msimbo wa lugha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Chagua modeli ya m&amp;singi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Chagua modeli ya msingi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Pakua modeli ya msingi au chagua folda ambayo tayari inayo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Modeli ya msingi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>Puuza herufi &amp;kubwa/ndogo (ikiwa tu hazibadilishi maana katika lugha hii)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>herufi za ziada za kuondoa, k.m. * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>alama za uakifishaji ambazo hapa ni herufi, k.m. &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>herufi zinazoandikwa pamoja, k.m. ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>moja kwa kila mstari: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Puuza herufi kubwa na ndogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Ikiwa tu herufi kubwa na ndogo hazibadilishi maana katika lugha hii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Herufi za kuondoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Alama za uakifishaji zinazohesabiwa kama herufi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Herufi ambatani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Mbadala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Jinsi maandishi yanavyogeuzwa kuwa maandishi ya mafunzo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Ondoa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Weka kama herufi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>Herufi amba&amp;tani:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>M&amp;badala:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;ample:</source>
        <translation>Mf&amp;ano:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>type a sentence to see what the model learns</source>
        <translation>andika sentensi uone modeli inajifunza nini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Sentensi ya mfano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Hujifunzwa kama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>Mfano kama kitambuzi kitakavyoujifunza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Hakiki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learned as:</source>
        <translation>Hujifunzwa kama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>Hifa&amp;dhi mipangilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Hifadhi mipangilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep these rules for training and scoring</source>
        <translation>Hifadhi kanuni hizi kwa mafunzo na upimaji</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Settings not saved</source>
        <translation>Mipangilio haijahifadhiwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved.</source>
        <translation>✓ Imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+71"/>
        <source>Train</source>
        <translation>Funza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Inakagua kompyuta hii…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Mpangilio tayari wa mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Muda na kiasi cha kufunza; pendekezo linafaa kompyuta hii</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>Mipangilio ya hali ya &amp;juu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Mipangilio ya hali ya juu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Onyesha au ficha idadi ya hatua, kasi ya kujifunza na ukubwa wa fungu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>from the preset</source>
        <translation>kutoka mpangilio tayari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipe default (0.001)</source>
        <translation>thamani ya kawaida (0.001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit to memory</source>
        <translation>kulingana na uwezo wa kompyuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Hatua za mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation>Idadi ya hatua za kufunza; 0 huchukua idadi kutoka mpangilio tayari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on dev clips every</source>
        <translation>Kagua kwenye vipande vya kukagua kila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation>Idadi ya hatua kati ya ukaguzi kwenye vipande vya kukagua; 0 huichukua kutoka mpangilio tayari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Kasi ya kujifunza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation>Ukubwa wa kila hatua ya mafunzo; 0 huweka thamani ya kawaida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Sekunde za sauti kwa kila fungu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Kiasi cha sauti kila hatua inachoona; 0 hukilinganisha na uwezo wa kompyuta hii</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Hatua za mafun&amp;zo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>&amp;Kagua kwenye vipande vya kukagua kila:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Kas&amp;i ya kujifunza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Sekun&amp;de za sauti kwa kila fungu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start training</source>
        <translation>&amp;Anza mafunzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Simamisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Simamisha; maendeleo yanahifadhiwa na yanaweza kuendelezwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Endelea na mafunzo yaliyosimamishwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Anza mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Funza adapta mpya kwa vipande vya mradi huu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Endelea na mafunzo yaliyosimamishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Endeleza mafunzo ya mwisho yaliyosimamishwa kuanzia pale yaliposimama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Mafunzo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>M&amp;pangilio tayari:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Maendeleo ya mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Kiasi cha mafunzo kilichokamilika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Hakuna mafunzo yanayoendelea.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>Michoro ya hasara na ya kiwango cha makosa huonekana hapa wakati wa mafunzo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Kumbukumbu za mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>Hasara ya kila hatua na viwango vya makosa vya kila ukaguzi, kwa maneno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter library</source>
        <translation>Maktaba ya adapta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Adapta zilizofunzwa katika mradi huu pamoja na viwango vyake vya makosa kwenye vipande vya kukagua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adapta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER ukaguzi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER ukaguzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER ya modeli ya msingi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation>Vipande vilevile vya kukagua, vilivyonakiliwa na adapta ya modeli ya msingi yenyewe kwa lugha hii, ikiwa ipo (— ikiwa haipo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adapter library (this project)</source>
        <translation>Maktaba ya adapta (mradi huu)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Haikuwezekana kukagua maunzi ya kompyuta hii.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training an adapter</source>
        <translation>kufunza adapta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Jaribu haraka (hatua {steps})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Kawaida (hatua {steps})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Kamili (hatua {steps}, kwa kadi ya michoro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} (hatua {steps})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Kadi ya michoro: {name} ({memory} GB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>Hakuna kadi ya michoro iliyopatikana: mafunzo yanaendeshwa kwenye prosesa ({memory} GB za kumbukumbu ya kompyuta), yenye vipengele vya bf16 vinavyoyafanya kuwa ya haraka zaidi. Anza kwa kujaribu haraka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>Hakuna kadi ya michoro iliyopatikana: mafunzo yanaendeshwa kwenye prosesa ({memory} GB za kumbukumbu ya kompyuta), isiyo na vipengele vya bf16, kwa hiyo mafunzo ni polepole mara 2 hadi 3 kuliko kwenye prosesa zenye vipengele hivyo. Anza kwa kujaribu haraka.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to resume</source>
        <translation>Hakuna cha kuendeleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Hakuna mafunzo yaliyosimamishwa ya kuendeleza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming {run}</source>
        <translation>Inaendeleza {run}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting a new training run.</source>
        <translation>Inaanza mzunguko mpya wa mafunzo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Inasimama baada ya hatua hii; maendeleo yanahifadhiwa…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time left: {eta}</source>
        <translation>muda uliobaki: {eta}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>Vipande {n} vimeachwa (virefu mno, au vifupi mno kwa maandishi yake).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation>hatua {step}: hasara ya ukaguzi {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss:.3f}</source>
        <translation>hatua {step}: hasara {loss:.3f}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Imekamilika: adapta {name}, CER ya ukaguzi {cer}; adapta ya modeli ya msingi yenyewe: CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Imekamilika: adapta {name}, CER ya ukaguzi {cer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Imekamilika. Adapta iko kwenye maktaba hapa chini na kwenye ukurasa wa Nakili.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. {reason}</source>
        <translation>Imesimamishwa. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>Mafunzo hayakuweza kufanyika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ Mafunzo yameshindikana ghafla; angalia faili ya kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+30"/>
        <source>Loss (lower is better)</source>
        <translation>Hasara (ndogo zaidi ni bora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Viwango vya makosa kwenye vipande vya kukagua (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Michoro ya mafunzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Hasara na viwango vya makosa kwa kila hatua ya mafunzo; kumbukumbu za mafunzo zilizo kando zina namba zilezile kwa maneno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>hatua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training</source>
        <translation>mafunzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dev</source>
        <translation>ukaguzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WER (words)</source>
        <translation>WER (maneno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CER (characters)</source>
        <translation>CER (herufi)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+64"/>
        <location line="+24"/>
        <source>Transcribe</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>Fungua &amp;sauti…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+209"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Record something to transcribe</source>
        <translation>Rekodi kitu cha kunakili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adapta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>Na&amp;kili</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Buruta rekodi hapa, fungua moja, au rekodi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>Maneno yaliyotiwa kivuli na kupigiwa mstari ndiyo ambayo modeli haina uhakika nayo zaidi. Bonyeza neno ili kulisikiliza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Sehemu, zenye uhakika mdogo zaidi kwanza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Uhakika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Maandishi (hariri ili kusahihisha)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>&amp;Ongeza sehemu zilizowekwa alama kwenye data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Sehemu zilizosahihishwa huwa vipande vya mafunzo; funza tena ili kuboresha kitambuzi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Hamisha:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>transcribing</source>
        <translation>kunakili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>kurekodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Bonyeza neno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>sikiliza neno hilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Bonyeza sehemu mara mbili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>sikiliza sehemu hiyo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adapta ya {lang} ya modeli ya msingi yenyewe (ikiwa ipo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as {format}</source>
        <translation>Hamisha kama {format}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the transcript as {format}</source>
        <translation>Hifadhi maandishi kama {format}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Open audio</source>
        <translation>Fungua sauti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Chagua rekodi ya kunakili</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>&amp;Record</source>
        <translation>&amp;Rekodi</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>Adapta iliyofunzwa inayoandika maandishi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Andika maandishi ya rekodi kwa adapta iliyochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>Sim&amp;amisha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Simamisha kunakili; sehemu zilizokamilika zinabaki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>A&amp;dapta:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>Maandishi neno kwa neno; maneno ambayo modeli haina uhakika nayo yamepigiwa mstari na kutiwa kivuli. Tab huhamia neno jingine, Enter hucheza neno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Kila sehemu pamoja na uhakika wake kwa maneno; F2 husahihisha maandishi, Space huweka alama kwenye Ongeza, Ctrl+Space hucheza sehemu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Ongeza sehemu zilizowekwa alama kwenye data</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Transcription progress</source>
        <translation>Maendeleo ya kunakili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Kiasi cha rekodi kilichonakiliwa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hear the selected segment</source>
        <translation>sikiliza sehemu iliyochaguliwa</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a recording</source>
        <translation>Fungua rekodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Sauti (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use this recording</source>
        <translation>Haiwezekani kutumia rekodi hii</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot record</source>
        <translation>Haiwezekani kurekodi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop &amp;recording</source>
        <translation>Simamisha ku&amp;rekodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Simamisha kurekodi</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{n} segment(s) so far…</source>
        <translation>Sehemu {n} hadi sasa…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>Kunakili hakukuweza kufanyika</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Hakuna kilichotambuliwa. Andika kinachosemwa kwenye safu iliyo hapa chini kisha ukiongeze kwenye data: hivyo ndivyo kitambuzi kinavyojifunza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>Sehemu {n}. Sahihisha kwanza zile zenye uhakika mdogo zaidi, kisha uziongeze kwenye data.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— nothing recognised</source>
        <translation>— hakuna kilichotambuliwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ chini</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(hakuna kilichotambuliwa: andika kinachosemwa kwenye jedwali lililo hapa chini)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(hakuna usemi uliopatikana)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot play</source>
        <translation>Haiwezekani kucheza</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: andika kwanza kinachosemwa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some segments were not added</source>
        <translation>Baadhi ya sehemu hazikuongezwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>Vipande {n} vimeongezwa kwenye data. Funza tena ili kuboresha kitambuzi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Hamisha maandishi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Kuhamisha kumeshindikana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Imehifadhiwa: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>sekunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Umbo la wimbi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the sound over time, in seconds</source>
        <translation>Umbo la sauti kadiri muda unavyopita, kwa sekunde</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+32"/>
        <source>Welcome — MMS Studio</source>
        <translation>Karibu — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Geuza rekodi za jamii yako kuwa kitambuzi cha sauti cha lugha yako.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>Mradi &amp;mpya…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Fungua mradi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New project</source>
        <translation>Mradi mpya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Anzisha mradi wa lugha: jina, msimbo wa lugha na folda (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Fungua mradi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Fungua folda ya mradi iliyoundwa awali (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent projects</source>
        <translation>Miradi ya hivi karibuni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Miradi iliyofunguliwa awali; bonyeza Enter ili kufungua uliochaguliwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Miradi utakayofungua itaorodheshwa hapa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Miradi ya &amp;hivi karibuni</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open project folder</source>
        <translation>Fungua folda ya mradi</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+22"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <extracomment>Every template a core job (or gui/engine_jobs.py) sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Inachagua vipande vya mafunzo, vya kukagua na vya majaribio (wazungumzaji wanatenganishwa)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Inapakia modeli ya msingi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Inanakili kwa kulinganisha na “{baseline}”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Inapakua modeli ya msingi {base} (karibu GB 4, inaweza kuendelezwa)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Inanakili…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Inatathmini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Inahamisha vipande {count}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>Vipande {count} vimehamishwa kwenda {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Inasoma {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Inaingiza vipande {count}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>Vipande {imported} vimeingizwa; {skipped} vimerukwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Hatua {step}: CER ya ukaguzi {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Inafunza adapta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Inafunza adapta (inakokotoa upya ili itoshee kwenye kumbukumbu ya kompyuta)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Imesimamishwa mapema: CER ya ukaguzi haijaimarika kwa tathmini {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Bado hakuna vipande vya kukagua: kipande {clip} kimewekwa kando kupima maendeleo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Inalinganisha na adapta ya modeli ya msingi yenyewe kwa lugha hii…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Hakuna ulinganisho na modeli ya msingi: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Inapakia modeli…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+31"/>
        <source>Edit {field} of clip {clip}</source>
        <translation>Hariri {field} ya kipande {clip}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {n} clip(s)</source>
        <translation>Futa vipande {n}</translation>
    </message>
</context>
</TS>
