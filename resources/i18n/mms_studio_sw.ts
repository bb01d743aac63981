<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AdapterTable</name>
    <message>
        <location filename="../../mms_studio/gui/adapter_table.py" line="+26"/>
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
        <source>The same dev clips transcribed by the base model on its own: its adapter for this language (MMS), or its own output, zero-shot (Omnilingual); — when it has none</source>
        <translation>Vipande vile vile vya kukagua vilivyonakiliwa na modeli ya msingi peke yake: adapta yake ya lugha hii (MMS), au matokeo yake yenyewe, bila mafunzo (Omnilingual); — isipokuwa nayo</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Vipande vilevile vya kukagua, vilivyonakiliwa na adapta ya modeli ya msingi yenyewe kwa lugha hii, ikiwa ipo (— ikiwa haipo)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+146"/>
        <location line="+38"/>
        <source>Cannot open this project</source>
        <translation>Haiwezekani kufungua mradi huu</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Inafungua {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+86"/>
        <source>The base model is needed</source>
        <translation>Modeli ya msingi inahitajika</translation>
    </message>
    <message>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation type="vanished">Ili kufunza na kunakili, MMS Studio inahitaji modeli ya msingi ya MMS ya Meta, “{base}” (takriban 4 GB, leseni CC-BY-NC 4.0). Ipakue mara moja — upakuaji uliokatizwa unaendelea pale ulipoishia — au chagua folda ambayo tayari inayo.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="vanished">&amp;Pakua</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}”: a speech model that has learned from recordings in more than a thousand languages. MMS Studio teaches it your language by training a small adapter on your clips; the base model itself stays as it is.</source>
        <translation>Ili kufunza na kunakili, MMS Studio inahitaji modeli ya msingi ya MMS ya Meta “{base}”: modeli ya usemi iliyojifunza kutoka kwa rekodi za lugha zaidi ya elfu moja. MMS Studio huifundisha lugha yako kwa kufunza adapta ndogo kwa vipande vyako; modeli ya msingi yenyewe haibadiliki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is about 4 GB, downloaded once and kept on this computer; an interrupted download continues where it stopped. Its licence, CC-BY-NC 4.0, allows non-commercial use with attribution, and adapters trained on it fall under the same terms. If you already have it, choose the folder that holds it.</source>
        <translation>Ukubwa wake ni takriban 4 GB; inapakuliwa mara moja na kuhifadhiwa kwenye kompyuta hii, na upakuaji uliokatizwa huendelea pale ulipoishia. Leseni yake, CC-BY-NC 4.0, inaruhusu matumizi yasiyo ya kibiashara kwa kutaja chanzo, na adapta zinazofunzwa juu yake zinafuata masharti hayohayo. Ikiwa tayari unayo, chagua folda iliyo nayo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download progress</source>
        <translation>Maendeleo ya upakuaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the base model has been downloaded</source>
        <translation>Kiasi cha modeli ya msingi kilichopakuliwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download (about 4 GB)</source>
        <translation>&amp;Pakua (takriban 4 GB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the download</source>
        <translation>&amp;Simamisha upakuaji</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Stop the download</source>
        <translation>Simamisha upakuaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what was downloaded is kept and the next download continues</source>
        <translation>Simamisha upakuaji; kilichopakuliwa kinahifadhiwa na upakuaji unaofuata utaendelea kutoka hapo</translation>
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
        <location line="+38"/>
        <source>Connecting…</source>
        <translation>Inaunganisha…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping the download…</source>
        <translation>Inasimamisha upakuaji…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading… time left {eta}</source>
        <translation>Inapakua… muda uliobaki {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ Modeli ya msingi iko tayari.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download stopped. What was downloaded is kept; Download continues from there.</source>
        <translation>Upakuaji umesimamishwa. Kilichopakuliwa kimehifadhiwa; Pakua itaendelea kutoka hapo.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>BaseModelsDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_models_dialog.py" line="+66"/>
        <source>Base model and disk space</source>
        <translation>Modeli ya msingi na nafasi ya diski</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base model is the speech model your adapters are trained on. Its licence also covers every adapter trained on it.</source>
        <translation>Modeli ya msingi ni modeli ya usemi ambayo adapta zako hufunzwa juu yake. Leseni yake inahusu pia kila adapta inayofunzwa juu yake.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base models</source>
        <translation>Modeli za msingi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base models this project can train on, with licence, download size, languages and speed; the project&apos;s current one is marked</source>
        <translation>Modeli za msingi ambazo mradi huu unaweza kufunza juu yake, pamoja na leseni, ukubwa wa kupakua, lugha na kasi; ile inayotumiwa na mradi sasa imewekwa alama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this base</source>
        <translation>&amp;Tumia modeli hii ya msingi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this base</source>
        <translation>Tumia modeli hii ya msingi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected base model the one this project trains on</source>
        <translation>Fanya modeli ya msingi iliyochaguliwa iwe ile ambayo mradi huu hufunza juu yake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;folder…</source>
        <translation>Chagua &amp;folda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder</source>
        <translation>Chagua folda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a base model folder on this computer (an MMS or Omnilingual ASR CTC model with config.json and model.safetensors)</source>
        <translation>Tumia folda ya modeli ya msingi iliyo kwenye kompyuta hii (modeli ya MMS au ya Omnilingual ASR CTC yenye config.json na model.safetensors)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Converted base models on this computer</source>
        <translation>Modeli za msingi zilizogeuzwa kwenye kompyuta hii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring…</source>
        <translation>Inapima…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Safisha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear converted models</source>
        <translation>Safisha modeli zilizogeuzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every converted copy of a base model; each is made again the next time its base is used</source>
        <translation>Futa kila nakala iliyogeuzwa ya modeli ya msingi; kila moja hutengenezwa upya modeli yake ya msingi itakapotumika tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear u&amp;nused</source>
        <translation>Safisha &amp;zisizotumika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear unused converted models</source>
        <translation>Safisha modeli zilizogeuzwa zisizotumika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete only converted copies whose base model changed or is gone</source>
        <translation>Futa tu nakala zilizogeuzwa ambazo modeli yake ya msingi imebadilika au haipo tena</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Funga dirisha hili</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Licence Apache-2.0: commercial use allowed, for the base and the adapters trained on it</source>
        <translation>Leseni Apache-2.0: matumizi ya kibiashara yanaruhusiwa, kwa modeli ya msingi na adapta zinazofunzwa juu yake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence CC-BY-NC 4.0: non-commercial use only, and adapters trained on it too</source>
        <translation>Leseni CC-BY-NC 4.0: matumizi yasiyo ya kibiashara tu, hata kwa adapta zinazofunzwa juu yake</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ✓ this project&apos;s base</source>
        <translation>  ✓ modeli ya msingi ya mradi huu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download: {size}</source>
        <translation>Upakuaji: {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer: {path}</source>
        <translation>Tayari iko kwenye kompyuta hii: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages: {languages}</source>
        <translation>Lugha: {languages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed: {note}</source>
        <translation>Kasi: {note}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Folder with a base model</source>
        <translation>Folda yenye modeli ya msingi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the base model…</source>
        <translation>Inakagua modeli ya msingi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ This project now trains on {title}.</source>
        <translation>✓ Sasa mradi huu hufunza kwa kutumia {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Something went wrong; see the log file.</source>
        <translation>⚠ Hitilafu imetokea; angalia faili ya kumbukumbu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: nothing converted takes space.</source>
        <translation>Hakuna: hakuna kilichogeuzwa kinachochukua nafasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} in {count} file(s); {unused} of it unused (its base changed or is gone). A cleared copy is made again when its base is next used.</source>
        <translation>{size} katika faili {count}; {unused} kati yake hazitumiki (modeli yake ya msingi imebadilika au haipo tena). Nakala iliyosafishwa hutengenezwa upya modeli yake ya msingi itakapotumika tena.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The disk use could not be measured: {reason}</source>
        <translation>⚠ Matumizi ya diski hayakuweza kupimwa: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing…</source>
        <translation>Inasafisha…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ {size} freed.</source>
        <translation>✓ Nafasi ya {size} imeachiliwa.</translation>
    </message>
</context>
<context>
    <name>ClipNames</name>
    <message>
        <location filename="../../mms_studio/gui/clip_names.py" line="+54"/>
        <source>clip {number}</source>
        <translation>kipande {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clip {number} “{text}”</source>
        <translation>kipande {number} “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}, subtitle {number} (line {line})</source>
        <translation>{file}, manukuu {number} (mstari {line})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, line {line}</source>
        <translation>{file}, mstari {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected transcript of {file}, {start}–{end} s</source>
        <translation>maandishi yaliyosahihishwa ya {file}, {start}–{end} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded: {take}</source>
        <translation>imerekodiwa: {take}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>ukaguzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>majaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>bado haijapangwa</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+49"/>
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
        <location filename="../../mms_studio/gui/shell/crash.py" line="+90"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio imekumbwa na tatizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Hitilafu imetokea ndani ya MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

To tell the developers, press Copy report and paste it into your message. The details are also in the log file:
{path}</source>
        <translation>Rekodi zako, maandishi na mafunzo yaliyokamilika huhifadhiwa unapofanya kazi, kwa hiyo hakuna ulichokamilisha kilichopotea. Unaweza kuendelea kufanya kazi, au kuanzisha upya programu ili kuwa salama.

Ili kuwajulisha watengenezaji, bonyeza Nakili ripoti kisha ubandike kwenye ujumbe wako. Maelezo pia yamo kwenye faili ya kumbukumbu:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy report</source>
        <translation>Nakili ripoti</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation type="vanished">Rekodi zako, maandishi na mafunzo yaliyokamilika huhifadhiwa unapofanya kazi, kwa hivyo hakuna ulichokamilisha kilichopotea. Unaweza kuendelea kufanya kazi, au uanzishe upya programu ili kuwa salama.

Maelezo yako kwenye faili ya kumbukumbu:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Fungua folda ya kumbukumbu</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+112"/>
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
        <location line="+224"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Ripoti ya tahajia</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Orodhesha kila herufi iliyotumika katika maandishi, mara ngapi, na katika vipande vipi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Vipande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip with its status in words; Space plays or stops the clip, Enter or F2 edits its transcript, Escape cancels the edit, the Menu key changes status or split.</source>
        <translation>Kila kipande pamoja na hali yake kwa maneno; Space hucheza au husimamisha kipande, Enter au F2 huhariri maandishi yake, Escape hughairi uhariri, kitufe cha Menu hubadilisha hali au kundi.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="-100"/>
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
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation type="vanished">Kila kipande pamoja na hali yake kwa maneno; F2 huhariri maandishi, kitufe cha Menu hubadilisha hali au kundi, Ctrl+Space hucheza kipande.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+189"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Chagua kipande ili ukione na ukisikilize.</translation>
    </message>
    <message>
        <location line="-171"/>
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
        <location line="+55"/>
        <source>delete the selected clips</source>
        <translation>futa vipande vilivyochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>play or stop the selected clip</source>
        <translation>cheza au simamisha kipande kilichochaguliwa</translation>
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
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel the edit</source>
        <translation>ghairi uhariri</translation>
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
        <location line="+23"/>
        <source>Clips: {clips} · speech: {minutes} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Vipande: {clips} · usemi: dakika {minutes} · wazungumzaji: {speakers} · makundi: {splits}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clip {number} · {seconds} s · {speaker} — {text}</source>
        <translation>Kipande {number} · {seconds} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Recordings and transcripts</source>
        <translation>Rekodi na maandishi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Faili zote</translation>
    </message>
    <message>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation type="vanished">Vipande: {clips} · usemi: dakika {minutes:.1f} · wazungumzaji: {speakers} · makundi: {splits}</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>none yet</source>
        <translation>bado hakuna</translation>
    </message>
    <message>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation type="vanished">Toleo hili la MMS Studio bado haliwezi kutengeneza ripoti hiyo.</translation>
    </message>
    <message>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation type="vanished">{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unknown speaker</source>
        <translation>mzungumzaji asiyejulikana</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot play this clip</source>
        <translation>Haiwezekani kucheza kipande hiki</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+18"/>
        <source>Import recordings and transcripts</source>
        <translation>Ingiza rekodi na maandishi</translation>
    </message>
    <message>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation type="vanished">Rekodi na maandishi (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>EvaluationPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/evaluation.py" line="+77"/>
        <source>Test clips</source>
        <translation>Vipande vya majaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev clips</source>
        <translation>Vipande vya kukagua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval&amp;uate</source>
        <translation>&amp;Tathmini</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose an adapter and press Evaluate.</source>
        <translation>Chagua adapta kisha bonyeza Tathmini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip</source>
        <translation>Kipande</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Speaker</source>
        <translation>Mzungumzaji</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Greedy CER</source>
        <translation>CER bila LM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LM CER</source>
        <translation>CER na LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model CER</source>
        <translation>CER ya modeli ya msingi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the base model writes without training on your recordings: its own adapter for the project&apos;s language (MMS), or its own output, the same for every language (Omnilingual).</source>
        <translation>Kile ambacho modeli ya msingi huandika bila mafunzo kwa rekodi zako: adapta yake yenyewe ya lugha ya mradi (MMS), au matokeo yake yenyewe, yale yale kwa kila lugha (Omnilingual).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Play clip</source>
        <translation>&amp;Cheza kipande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in &amp;Dataset</source>
        <translation>Kagua katika &amp;Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>Clips</source>
        <translation>Vipande</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>WER (greedy → LM)</source>
        <translation>WER (bila LM → na LM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (greedy → LM)</source>
        <translation>CER (bila LM → na LM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapter:</source>
        <translation>Adapta:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adapter</source>
        <translation>Adapta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trained adapter to evaluate</source>
        <translation>Adapta iliyofunzwa ya kutathmini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the test or the dev clips</source>
        <translation>Tathmini kwa vipande vya majaribio au vya kukagua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe every clip with and without the language model</source>
        <translation>Nakili kila kipande kwa modeli ya lugha na bila modeli ya lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the evaluation</source>
        <translation>Simamisha tathmini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation progress</source>
        <translation>Maendeleo ya tathmini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the evaluation is done</source>
        <translation>Kiasi cha tathmini kilichokamilika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each clip&apos;s character error rate; click a header to sort</source>
        <translation>Kiwango cha makosa ya herufi cha kila kipande; bonyeza kichwa cha safu ili kupanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Tofauti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference and each hypothesis, wrong characters marked</source>
        <translation>Maandishi sahihi na kila tokeo la kunakili, herufi zisizo sahihi zikiwa na alama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play clip</source>
        <translation>Cheza kipande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the selected clip</source>
        <translation>Cheza kipande kilichochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Dataset</source>
        <translation>Kagua katika Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected clip on the Dataset page to check its transcript</source>
        <translation>Fungua kipande kilichochaguliwa kwenye ukurasa wa Data ili kukagua maandishi yake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Wazungumzaji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error rates per speaker</source>
        <translation>Viwango vya makosa kwa kila mzungumzaji</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an evaluation</source>
        <translation>tathmini</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(unknown)</source>
        <translation>(haijulikani)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} clips. Greedy: WER {wer}, CER {cer}.</source>
        <translation>Vipande {n}. Bila modeli ya lugha: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the language model: WER {wer}, CER {cer}.</source>
        <translation>Kwa modeli ya lugha: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model, no training: WER {wer}, CER {cer}.</source>
        <translation>Modeli ya msingi, bila mafunzo: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>Maandishi sahihi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Bila modeli ya lugha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language model</source>
        <translation>Kwa modeli ya lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modeli ya msingi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That clip is no longer in the dataset.</source>
        <translation>Kipande hicho hakipo tena kwenye data.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../mms_studio/gui/shell/guide.py" line="+36"/>
        <source>Getting started — MMS Studio</source>
        <translation>Mwongozo wa kuanza — MMS Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting started</source>
        <translation>Mwongozo wa kuanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide to MMS Studio, with pictures</source>
        <translation>Mwongozo mfupi wa MMS Studio, wenye picha</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/language.py" line="+61"/>
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
        <location line="+3"/>
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
        <location line="+2"/>
        <source>S&amp;ample:</source>
        <translation>Mf&amp;ano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned as:</source>
        <translation>Hujifunzwa kama:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The language settings are not saved yet: {reason} What you typed is kept on the Language page.</source>
        <translation>Mipangilio ya lugha bado haijahifadhiwa: {reason} Ulichoandika kinabaki kwenye ukurasa wa Lugha.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>✓ Saved as you type; Edit › Undo takes a change back.</source>
        <translation>✓ Huhifadhiwa unapoandika; Hariri › Tendua hurudisha badiliko.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+30"/>
        <source>silence</source>
        <translation>kimya</translation>
    </message>
    <message>
        <location line="-29"/>
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
        <location line="+29"/>
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
        <location filename="../../mms_studio/gui/main_window.py" line="+109"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Funza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Pitia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Vipengele vya mradi: chagua kimoja kwa vitufe vya mishale, au bonyeza Ctrl+1 hadi Ctrl+5 popote ulipo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the project…</source>
        <translation>Inafungua mradi…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every change is saved as you make it.</source>
        <translation>Kila badiliko huhifadhiwa mara unapolifanya.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Majaribio {n} yaliyokatizwa na hitilafu yamehifadhiwa; yapitie kwenye ukurasa wa Rekodi</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+1"/>
        <source>Import a &amp;long recording with its transcript…</source>
        <translation>Ingiza &amp;rekodi ndefu pamoja na maandishi yake…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base model and disk space…</source>
        <translation>Modeli ya msingi na nafasi ya &amp;diski…</translation>
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
        <location line="-22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Go</source>
        <translation>&amp;Nenda</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show the {page} page</source>
        <translation>Onyesha ukurasa wa {page}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Appearance</source>
        <translation>M&amp;andhari</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Follow the system</source>
        <translation>Fuata mfumo</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Mwanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Giza</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Help</source>
        <translation>&amp;Usaidizi</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Mwongozo wa kuanza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Fungua &amp;folda ya kumbukumbu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Kuhusu MMS Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Lugha ya kiolesura</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system&apos;s language</source>
        <translation>lugha ya mfumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio will be in {language} after you restart it; until then it stays as it is.</source>
        <translation>MMS Studio itakuwa katika {language} baada ya kuifungua upya; hadi hapo itabaki kama ilivyo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Lugha ya kiolesura</translation>
    </message>
    <message>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation type="vanished">Lugha mpya ya kiolesura itaonekana kikamilifu MMS Studio itakapofunguliwa tena.</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+38"/>
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
        <location line="+20"/>
        <source>The long recording</source>
        <translation>Rekodi ndefu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;All files (*)</source>
        <translation>Sauti (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its transcript (one utterance a line, or ELAN)</source>
        <translation>Maandishi yake (tamko moja kwa kila mstari, au ELAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Maandishi (*.txt *.eaf);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a background job</source>
        <translation>kazi ya chinichini</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../mms_studio/gui/welcome.py" line="+78"/>
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
        <source>ISO 639-3 code, e.g. abz</source>
        <translation type="vanished">msimbo wa ISO 639-3, k.m. abz</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Msimbo wa lugha</translation>
    </message>
    <message>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation type="vanished">Msimbo wa ISO 639-3 wa lugha (herufi ndogo mbili au tatu); hauwezi kubadilishwa baadaye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name or ISO 639-3 code, e.g. Abui or abz</source>
        <translation>Jina lake au msimbo wa ISO 639-3, k.m. Abui au abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the language&apos;s name (in English or in the interface language) or its ISO 639-3 code, then pick it from the list below (Down arrow, then Enter); it cannot be changed later. A variety without a code of its own can use a private-use code, qaa to qtz.</source>
        <translation>Andika jina la lugha (kwa Kiingereza au kwa lugha ya kiolesura) au msimbo wake wa ISO 639-3, kisha uichague kwenye orodha iliyo hapa chini (mshale wa Chini, kisha Enter); haiwezi kubadilishwa baadaye. Lahaja isiyo na msimbo wake yenyewe inaweza kutumia msimbo wa matumizi binafsi, qaa hadi qtz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching languages</source>
        <translation>Lugha zinazolingana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages whose name or code matches what you typed; Enter or a click picks one</source>
        <translation>Lugha ambazo jina au msimbo wake unalingana na ulichoandika; Enter au kubonyeza huchagua moja</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Type the language&apos;s name or its ISO 639-3 code and pick it from the list (a variety without a code of its own: qaa to qtz).</source>
        <translation>Andika jina la lugha au msimbo wake wa ISO 639-3 na uichague kwenye orodha (lahaja isiyo na msimbo wake yenyewe: qaa hadi qtz).</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation type="vanished">&amp;Msimbo wa lugha:</translation>
    </message>
    <message>
        <location line="-86"/>
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
        <location line="+73"/>
        <source>Give the project a name.</source>
        <translation>Upe mradi jina.</translation>
    </message>
    <message>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation type="vanished">Andika msimbo wa ISO 639-3 wa lugha (herufi ndogo mbili au tatu).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>✓ {code}: a private-use code, for a variety without a code of its own.</source>
        <translation>✓ {code}: msimbo wa matumizi binafsi, kwa lahaja isiyo na msimbo wake yenyewe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep projects in</source>
        <translation>Hifadhi miradi katika</translation>
    </message>
</context>
<context>
    <name>OrthographyReport</name>
    <message>
        <location filename="../../mms_studio/gui/orthography_view.py" line="+26"/>
        <source>Orthography report: {clips} transcripts, {units} different units, {problems} things to check.</source>
        <translation>Ripoti ya tahajia: maandishi {clips}, vipengele {units} tofauti, mambo {problems} ya kukagua.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{unit}	×{count}	{description}	e.g. {examples}</source>
        <translation>{unit}	×{count}	{description}	k.m. {examples}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {n} more</source>
        <translation>… na {n} zaidi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units (most frequent first)</source>
        <translation>Vipengele (vinavyotumika zaidi kwanza)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These become the recogniser&apos;s vocabulary.</source>
        <translation>Hivi ndivyo vinavyokuwa msamiati wa kitambuzi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare units</source>
        <translation>Vipengele adimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used {n} times or fewer: often a typing mistake.</source>
        <translation>Vimetumika mara {n} au chini ya hapo: mara nyingi ni kosa la kuandika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose combining marks</source>
        <translation>Alama zilizojitenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mark with no letter before it: check the spacing.</source>
        <translation>Alama isiyo na herufi kabla yake: kagua nafasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the vocabulary</source>
        <translation>Nje ya msamiati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recogniser cannot write these (they become [UNK]).</source>
        <translation>Kitambuzi hakiwezi kuandika hivi (vinakuwa [UNK]).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by text cleaning</source>
        <translation>Huondolewa wakati wa kusafisha maandishi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctuation and symbols the recogniser will not learn.</source>
        <translation>Alama za uakifishaji na alama nyingine ambazo kitambuzi hakitajifunza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike characters</source>
        <translation>Herufi zinazofanana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different characters that look the same: pick one.</source>
        <translation>Herufi tofauti zinazoonekana sawa: chagua moja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{unit}” {description} ×{count} (e.g. {examples})</source>
        <translation>“{unit}” {description} ×{count} (k.m. {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits</source>
        <translation>Tarakimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech has no digits: write numbers as words, the way they are said.</source>
        <translation>Usemi hauna tarakimu: andika namba kwa maneno, jinsi zinavyotamkwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words mixing scripts</source>
        <translation>Maneno yenye hati mchanganyiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually a letter typed with the wrong keyboard.</source>
        <translation>Kwa kawaida ni herufi iliyoandikwa kwa kibodi isiyo sahihi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” in {clip}: {scripts}</source>
        <translation>“{word}” katika {clip}: {scripts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in composed (NFC) form</source>
        <translation>Haiko katika muundo ulioungwa (NFC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaned automatically; the original text uses decomposed letters.</source>
        <translation>Imesafishwa kiotomatiki; maandishi asilia yanatumia herufi zilizotenganishwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty after cleaning</source>
        <translation>Tupu baada ya kusafisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These transcripts have no letters left: fix or exclude them.</source>
        <translation>Maandishi haya hayana herufi zilizobaki: yasahihishe au yaache.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+75"/>
        <location line="+73"/>
        <location line="+336"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location line="-395"/>
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
        <location line="+296"/>
        <source>Free recording</source>
        <translation>Kurekodi huru</translation>
    </message>
    <message>
        <location line="-297"/>
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
        <location line="+165"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Bonyeza Rekodi (Ctrl+R) na usome sentensi.</translation>
    </message>
    <message>
        <location line="-160"/>
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
        <location line="+17"/>
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
        <location line="+308"/>
        <source>Added “{text}” to the dataset.</source>
        <translation>“{text}” imeongezwa kwenye data.</translation>
    </message>
    <message>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation type="vanished">⚠ Hakuna maikrofoni iliyopatikana. Chomeka moja kisha urudi kwenye ukurasa huu.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Microphone not changed</source>
        <translation>Maikrofoni haijabadilishwa</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+263"/>
        <source>Open prompts</source>
        <translation>Fungua sentensi za kusoma</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>no microphone found</source>
        <translation>hakuna maikrofoni iliyopatikana</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no microphone</source>
        <translation>hakuna maikrofoni</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Recording is not possible now: see the message at the top of the page.</source>
        <translation>Haiwezekani kurekodi sasa: angalia ujumbe ulio juu ya ukurasa.</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <location line="+43"/>
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
        <location line="+15"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Inarekodi… {s:.1f} s — bonyeza Simamisha (Ctrl+R) ukimaliza.</translation>
    </message>
    <message>
        <source>⚠ The take could not be saved: {error}</source>
        <translation type="vanished">⚠ Jaribio halikuweza kuhifadhiwa: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Jaribio zuri ({s:.1f} s). Kubali kwa Ctrl+Enter, au rekodi tena.</translation>
    </message>
    <message>
        <source>Cannot play the take</source>
        <translation type="vanished">Haiwezekani kucheza jaribio</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type what was said</source>
        <translation>Andika kilichosemwa</translation>
    </message>
    <message>
        <source>Type what is said in the take before accepting it.</source>
        <translation type="vanished">Andika kinachosemwa katika jaribio kabla ya kulikubali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take was not added</source>
        <translation>Jaribio halikuongezwa</translation>
    </message>
    <message>
        <source>Added clip {id}.</source>
        <translation type="vanished">Kipande {id} kimeongezwa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Kimeongezwa. Bonyeza Rekodi (Ctrl+R) kwa kinachofuata.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>ReviewPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/review.py" line="+66"/>
        <source>Review</source>
        <translation>Pitia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open recording…</source>
        <translation>Fungua &amp;rekodi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open recording</source>
        <translation>Fungua rekodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a long recording to cut into clips</source>
        <translation>Chagua rekodi ndefu ya kukatwa kuwa vipande</translation>
    </message>
    <message>
        <source>&amp;Find speech</source>
        <translation type="vanished">&amp;Tafuta usemi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+163"/>
        <source>Find speech</source>
        <translation>Tafuta usemi</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cut the recording into segments at the speaker&apos;s pauses (no transcript needed)</source>
        <translation>Kata rekodi kuwa sehemu kwenye mapumziko ya mzungumzaji (maandishi hayahitajiki)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align a transcript…</source>
        <translation>&amp;Linganisha maandishi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>Align a transcript</source>
        <translation>Linganisha maandishi</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Give each line of the recording&apos;s transcript its place in the recording</source>
        <translation>Weka kila mstari wa maandishi ya rekodi mahali pake ndani ya rekodi</translation>
    </message>
    <message>
        <source>Send &amp;accepted to the dataset</source>
        <translation type="vanished">&amp;Peleka zilizokubaliwa kwenye data</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Find s&amp;peech</source>
        <translation>&amp;Tafuta usemi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send accepted to the &amp;dataset</source>
        <translation>&amp;Peleka zilizokubaliwa kwenye data</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Send accepted to the dataset</source>
        <translation>Peleka zilizokubaliwa kwenye data</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add every accepted segment to the dataset as a clip (Ctrl+Enter)</source>
        <translation>Ongeza kila sehemu iliyokubaliwa kwenye data kama kipande (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>Sim&amp;amisha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running job</source>
        <translation>Simamisha kazi inayoendelea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a long recording, then find its speech or align its transcript.</source>
        <translation>Fungua rekodi ndefu, kisha tafuta usemi wake au linganisha maandishi yake.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the running job is</source>
        <translation>Kazi inayoendelea imefika wapi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each segment with its times, review status, score and text. Space plays, A accepts, R rejects, S splits, M merges with the next, F2 edits the text.</source>
        <translation>Kila sehemu pamoja na nyakati zake, hali ya kupitiwa, alama na maandishi. Space hucheza, A hukubali, R hukataa, S hugawanya, M huunganisha na inayofuata, F2 huhariri maandishi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Mwanzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Mwisho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Alama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Space play · A accept · R reject · S split · M merge · Alt+←/→ move start · Alt+Shift+←/→ move end · F2 edit text · Ctrl+Z undo</source>
        <translation>Space cheza · A kubali · R kataa · S gawanya · M unganisha · Alt+←/→ sogeza mwanzo · Alt+Shift+←/→ sogeza mwisho · F2 hariri maandishi · Ctrl+Z tendua</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Play the segment</source>
        <translation>Cheza sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the segment</source>
        <translation>Kubali sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the segment</source>
        <translation>Kataa sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the segment in two</source>
        <translation>Gawanya sehemu kuwa mbili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the segment with the next</source>
        <translation>Unganisha sehemu na inayofuata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start earlier</source>
        <translation>Sogeza mwanzo mapema zaidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start later</source>
        <translation>Sogeza mwanzo baadaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end earlier</source>
        <translation>Sogeza mwisho mapema zaidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end later</source>
        <translation>Sogeza mwisho baadaye</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviewing a recording</source>
        <translation>Kupitia rekodi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stopped.</source>
        <translation>Imesimamishwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Hitilafu imetokea; maelezo yako kwenye kumbukumbu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a long recording</source>
        <translation>Fungua rekodi ndefu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Sauti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Faili zote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {minutes:.1f} minutes</source>
        <translation>{name}: dakika {minutes:.1f}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording&apos;s transcript</source>
        <translation>Maandishi ya rekodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Maandishi (*.txt *.eaf);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{added} clip(s) added to the dataset; {there} were already there.</source>
        <translation>Vipande {added} vimeongezwa kwenye data; {there} vilikuwa tayari vipo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to review</source>
        <translation>ikaguliwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>imekubaliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} segment(s) to review.</source>
        <translation>Sehemu {count} za kupitia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept a segment</source>
        <translation>Kubali sehemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject a segment</source>
        <translation>Kataa sehemu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split a segment</source>
        <translation>Gawanya sehemu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge two segments</source>
        <translation>Unganisha sehemu mbili</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Move a segment&apos;s edge</source>
        <translation>Sogeza ukingo wa sehemu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit a segment&apos;s text</source>
        <translation>Hariri maandishi ya sehemu</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="vanished">Lugha</translation>
    </message>
    <message>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation type="vanished">Msimbo wa lugha huwekwa mradi unapoundwa; adapta hufunzwa na kupewa majina kwa msimbo huo.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="vanished">Jina la mradi</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in the window title</source>
        <translation type="vanished">Jina la mradi, linaloonyeshwa kwenye kichwa cha dirisha</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Msimbo wa lugha</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="vanished">Modeli ya msingi</translation>
    </message>
    <message>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation type="vanished">Modeli ya MMS ambayo adapta hufunzwa juu yake (kusoma tu)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Mradi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="vanished">&amp;Jina:</translation>
    </message>
    <message>
        <source>Language code:</source>
        <translation type="vanished">Msimbo wa lugha:</translation>
    </message>
    <message>
        <source>Choose the &amp;base model…</source>
        <translation type="vanished">Chagua modeli ya m&amp;singi…</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation type="vanished">Chagua modeli ya msingi</translation>
    </message>
    <message>
        <source>Download the base model or choose a folder that holds it</source>
        <translation type="vanished">Pakua modeli ya msingi au chagua folda ambayo tayari inayo</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="vanished">Modeli ya msingi:</translation>
    </message>
    <message>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation type="vanished">Puuza herufi &amp;kubwa/ndogo (ikiwa tu hazibadilishi maana katika lugha hii)</translation>
    </message>
    <message>
        <source>extra characters to drop, e.g. * # …</source>
        <translation type="vanished">herufi za ziada za kuondoa, k.m. * # …</translation>
    </message>
    <message>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation type="vanished">alama za uakifishaji ambazo hapa ni herufi, k.m. &apos; ʼ</translation>
    </message>
    <message>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation type="vanished">herufi zinazoandikwa pamoja, k.m. ng ch kp</translation>
    </message>
    <message>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation type="vanished">moja kwa kila mstari: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <source>Ignore upper and lower case</source>
        <translation type="vanished">Puuza herufi kubwa na ndogo</translation>
    </message>
    <message>
        <source>Only if case carries no meaning in this language</source>
        <translation type="vanished">Ikiwa tu herufi kubwa na ndogo hazibadilishi maana katika lugha hii</translation>
    </message>
    <message>
        <source>Characters to remove</source>
        <translation type="vanished">Herufi za kuondoa</translation>
    </message>
    <message>
        <source>Punctuation kept as letters</source>
        <translation type="vanished">Alama za uakifishaji zinazohesabiwa kama herufi</translation>
    </message>
    <message>
        <source>Multigraphs</source>
        <translation type="vanished">Herufi ambatani</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="vanished">Mbadala</translation>
    </message>
    <message>
        <source>How transcripts become training text</source>
        <translation type="vanished">Jinsi maandishi yanavyogeuzwa kuwa maandishi ya mafunzo</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="vanished">&amp;Ondoa:</translation>
    </message>
    <message>
        <source>&amp;Keep as letters:</source>
        <translation type="vanished">&amp;Weka kama herufi:</translation>
    </message>
    <message>
        <source>&amp;Multigraphs:</source>
        <translation type="vanished">Herufi amba&amp;tani:</translation>
    </message>
    <message>
        <source>Re&amp;placements:</source>
        <translation type="vanished">M&amp;badala:</translation>
    </message>
    <message>
        <source>S&amp;ample:</source>
        <translation type="vanished">Mf&amp;ano:</translation>
    </message>
    <message>
        <source>type a sentence to see what the model learns</source>
        <translation type="vanished">andika sentensi uone modeli inajifunza nini</translation>
    </message>
    <message>
        <source>Sample sentence</source>
        <translation type="vanished">Sentensi ya mfano</translation>
    </message>
    <message>
        <source>Learned as</source>
        <translation type="vanished">Hujifunzwa kama</translation>
    </message>
    <message>
        <source>The sample as the recogniser will learn it</source>
        <translation type="vanished">Mfano kama kitambuzi kitakavyoujifunza</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Hakiki</translation>
    </message>
    <message>
        <source>Learned as:</source>
        <translation type="vanished">Hujifunzwa kama:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">Hifa&amp;dhi mipangilio</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">Hifadhi mipangilio</translation>
    </message>
    <message>
        <source>Keep these rules for training and scoring</source>
        <translation type="vanished">Hifadhi kanuni hizi kwa mafunzo na upimaji</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="vanished">Mipangilio haijahifadhiwa</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="vanished">✓ Imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <location filename="../../mms_studio/gui/sound_notice.py" line="+88"/>
        <source>Sound devices</source>
        <translation>Vifaa vya sauti</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Look for sound devices again</source>
        <translation>Tafuta vifaa vya sauti tena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After plugging in a microphone, speakers or a headset</source>
        <translation>Baada ya kuchomeka maikrofoni, spika au vipokea sauti vya kichwani</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../mms_studio/gui/texts/panel.py" line="+35"/>
        <source>Texts of the language (language model)</source>
        <translation>Maandiko ya lugha (modeli ya lugha)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;texts…</source>
        <translation>Ong&amp;eza maandiko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Remove text</source>
        <translation>Ondoa andiko</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Also learn from the project&apos;s transcripts</source>
        <translation>Jifunza pia kutoka kwa maandishi ya mradi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out sentences of dev and test clips</source>
        <translation>Acha sentensi za vipande vya kukagua na vya majaribio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names and places the recogniser should favour, separated by commas</source>
        <translation>majina ya watu na mahali ambayo kitambuzi kinapaswa kuyapendelea, yakitenganishwa kwa koma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build language m&amp;odel</source>
        <translation>Unda modeli ya &amp;lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Hot&amp;words:</source>
        <translation>Maneno ya &amp;kipaumbele:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texts</source>
        <translation>Maandiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The texts the language model learns from</source>
        <translation>Maandiko ambayo modeli ya lugha hujifunza kutoka kwayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Add texts</source>
        <translation>Ongeza maandiko</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Add plain-text, ELAN or TextGrid files of the language</source>
        <translation>Ongeza faili za maandishi matupu, ELAN au TextGrid za lugha hii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected text</source>
        <translation>Ondoa andiko lililochaguliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use transcripts</source>
        <translation>Tumia maandishi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the training clips&apos; transcripts too</source>
        <translation>Jifunza pia kutoka kwa maandishi ya vipande vya mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out test sentences</source>
        <translation>Acha sentensi za majaribio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences that are dev or test clip transcripts would flatter the figures</source>
        <translation>Sentensi ambazo ni maandishi ya vipande vya kukagua au vya majaribio zingefanya matokeo yaonekane bora kuliko yalivyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotwords</source>
        <translation>Maneno ya kipaumbele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build language model</source>
        <translation>Unda modeli ya lugha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the language model and tune it for the newest adapter</source>
        <translation>Unda modeli ya lugha na uirekebishe kwa adapta mpya zaidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop building</source>
        <translation>Simamisha uundaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the build is done</source>
        <translation>Kiasi cha uundaji kilichokamilika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the texts hold and what the adapter cannot spell</source>
        <translation>Maandiko yana nini na adapta haiwezi kuandika nini</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} — {sentences} sentences, {words} words</source>
        <translation>{name} — sentensi {sentences}, maneno {words}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language model: {what}.</source>
        <translation>Modeli ya lugha: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No language model yet.</source>
        <translation>Bado hakuna modeli ya lugha.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>building a language model</source>
        <translation>kuunda modeli ya lugha</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{n} text(s) added; build the language model to use them.</source>
        <translation>Maandiko {n} yameongezwa; unda modeli ya lugha ili kuyatumia.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../mms_studio/gui/review/timeline.py" line="+29"/>
        <source>Recording and its segments</source>
        <translation>Rekodi na sehemu zake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waveform of the whole recording with one shaded region per segment; drag a region&apos;s edge to move it</source>
        <translation>Umbo la wimbi la rekodi nzima, lenye eneo moja lililotiwa kivuli kwa kila sehemu; buruta ukingo wa eneo ili kulisogeza</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+86"/>
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
        <source>from the preset</source>
        <translation type="vanished">kutoka mpangilio tayari</translation>
    </message>
    <message>
        <source>recipe default (0.001)</source>
        <translation type="vanished">thamani ya kawaida (0.001)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fit to memory</source>
        <translation>kulingana na uwezo wa kompyuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Hatua za mafunzo</translation>
    </message>
    <message>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation type="vanished">Idadi ya hatua za kufunza; 0 huchukua idadi kutoka mpangilio tayari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check on dev clips every</source>
        <translation>Kagua kwenye vipande vya kukagua kila</translation>
    </message>
    <message>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation type="vanished">Idadi ya hatua kati ya ukaguzi kwenye vipande vya kukagua; 0 huichukua kutoka mpangilio tayari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>Kasi ya kujifunza</translation>
    </message>
    <message>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation type="vanished">Ukubwa wa kila hatua ya mafunzo; 0 huweka thamani ya kawaida</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How many steps to train; choosing a preset sets its number</source>
        <translation>Idadi ya hatua za mafunzo; kuchagua mpangilio tayari huweka idadi yake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many steps between checks on the dev clips; choosing a preset sets its number</source>
        <translation>Idadi ya hatua kati ya ukaguzi kwenye vipande vya kukagua; kuchagua mpangilio tayari huweka idadi yake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How big each training step is; 0.001 is the MMS recipe&apos;s</source>
        <translation>Ukubwa wa kila hatua ya mafunzo; 0.001 ndiyo thamani inayopendekezwa na MMS</translation>
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
        <location line="+7"/>
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
        <location line="+151"/>
        <source>Training needs the base model, which is not on this computer yet.</source>
        <translation>Mafunzo yanahitaji modeli ya msingi, ambayo bado haipo kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>step {step}: dev loss {loss}, WER {wer}, CER {cer}</source>
        <translation>hatua {step}: hasara ya ukaguzi {loss}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss}</source>
        <translation>hatua {step}: hasara {loss}</translation>
    </message>
    <message>
        <source>Adapter library</source>
        <translation type="vanished">Maktaba ya adapta</translation>
    </message>
    <message>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation type="vanished">Adapta zilizofunzwa katika mradi huu pamoja na viwango vyake vya makosa kwenye vipande vya kukagua</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="vanished">Adapta</translation>
    </message>
    <message>
        <source>Dev CER</source>
        <translation type="vanished">CER ukaguzi</translation>
    </message>
    <message>
        <source>Dev WER</source>
        <translation type="vanished">WER ukaguzi</translation>
    </message>
    <message>
        <source>Base model&apos;s CER</source>
        <translation type="vanished">CER ya modeli ya msingi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="vanished">Hatua</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Vipande vilevile vya kukagua, vilivyonakiliwa na adapta ya modeli ya msingi yenyewe kwa lugha hii, ikiwa ipo (— ikiwa haipo)</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Adapter library (this project)</source>
        <translation>Maktaba ya adapta (mradi huu)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Haikuwezekana kukagua maunzi ya kompyuta hii.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+46"/>
        <source>Nothing to resume</source>
        <translation>Hakuna cha kuendeleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Hakuna mafunzo yaliyosimamishwa ya kuendeleza.</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation type="vanished">Inaendeleza {run}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting a new training run.</source>
        <translation>Inaanza mzunguko mpya wa mafunzo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Inasimama baada ya hatua hii; maendeleo yanahifadhiwa…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time left: {eta}</source>
        <translation>muda uliobaki: {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>Vipande {n} vimeachwa (virefu mno, au vifupi mno kwa maandishi yake).</translation>
    </message>
    <message>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation type="vanished">hatua {step}: hasara ya ukaguzi {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.3f}</source>
        <translation type="vanished">hatua {step}: hasara {loss:.3f}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Imekamilika: adapta {name}, CER ya ukaguzi {cer}; adapta ya modeli ya msingi yenyewe: CER {base}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own output (zero-shot): CER {base}.</source>
        <translation>Imekamilika: adapta {name}, CER ya ukaguzi {cer}; matokeo ya modeli ya msingi yenyewe (bila mafunzo): CER {base}.</translation>
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
        <location line="+6"/>
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
        <location filename="../../mms_studio/gui/plots/curves.py" line="+33"/>
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
        <location line="+8"/>
        <source>step</source>
        <translation>hatua</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>mafunzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>ukaguzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WER (words)</source>
        <translation>WER (maneno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (characters)</source>
        <translation>CER (herufi)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+75"/>
        <location line="+27"/>
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
        <location line="+240"/>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location line="-241"/>
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
        <location line="+49"/>
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
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation type="vanished">Adapta ya {lang} ya modeli ya msingi yenyewe (ikiwa ipo)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export as {format}</source>
        <translation>Hamisha kama {format}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio</source>
        <translation>Sauti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Faili zote</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>greedy</source>
        <translation>bila LM</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ added to the dataset</source>
        <translation>✓ imeongezwa kwenye data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ corrected</source>
        <translation>✎ imesahihishwa</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Save the transcript as {format}</source>
        <translation>Hifadhi maandishi kama {format}</translation>
    </message>
    <message>
        <location line="-156"/>
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
        <location line="+240"/>
        <source>&amp;Record</source>
        <translation>&amp;Rekodi</translation>
    </message>
    <message>
        <location line="-234"/>
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
        <location line="+33"/>
        <source>Transcription progress</source>
        <translation>Maendeleo ya kunakili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Kiasi cha rekodi kilichonakiliwa</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hear the selected segment</source>
        <translation>sikiliza sehemu iliyochaguliwa</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a recording</source>
        <translation>Fungua rekodi</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation type="vanished">Sauti (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use this recording</source>
        <translation>Haiwezekani kutumia rekodi hii</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation type="vanished">Haiwezekani kurekodi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop &amp;recording</source>
        <translation>Simamisha ku&amp;rekodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Simamisha kurekodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Recording… press Stop recording when done.</source>
        <translation>● Inarekodi… bonyeza Simamisha kurekodi ukimaliza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing the take…</source>
        <translation>Inamalizia jaribio…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>● Recording… {s:.1f} s — press Stop recording when done.</source>
        <translation>● Inarekodi… {s:.1f} s — bonyeza Simamisha kurekodi ukimaliza.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Transcribing needs the base model, which is not on this computer yet.</source>
        <translation>Kunakili kunahitaji modeli ya msingi, ambayo bado haipo kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+6"/>
        <source>Decoder: {decoder}.</source>
        <translation>Kisimbuzi: {decoder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— nothing recognised</source>
        <translation>— hakuna kilichotambuliwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ chini</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(hakuna kilichotambuliwa: andika kinachosemwa kwenye jedwali lililo hapa chini)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(hakuna usemi uliopatikana)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation type="vanished">Haiwezekani kucheza</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: andika kwanza kinachosemwa.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../../mms_studio/gui/welcome.py" line="+33"/>
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
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Fungua mradi…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>Try a &amp;demo project</source>
        <translation>&amp;Jaribu mradi wa mfano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo project</source>
        <translation>Jaribu mradi wa mfano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a small project in a made-up language with a tiny model trained on it, to look around without downloading anything (about a minute)</source>
        <translation>Tengeneza mradi mdogo katika lugha ya kubuni, wenye modeli ndogo sana iliyofunzwa juu yake, ili uangalie bila kupakua chochote (takriban dakika moja)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo progress</source>
        <translation>Maendeleo ya mradi wa mfano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far making the demo project has come</source>
        <translation>Utengenezaji wa mradi wa mfano umefika wapi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the demo</source>
        <translation>Simamisha kutengeneza mfano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the demo project; what was made stays in its folder</source>
        <translation>Simamisha kutengeneza mradi wa mfano; kilichotengenezwa kinabaki kwenye folda yake</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+44"/>
        <source>Open project folder</source>
        <translation>Fungua folda ya mradi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo project in {path}…</source>
        <translation>Inatengeneza mradi wa mfano katika {path}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>Inasimamisha…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo project is ready.</source>
        <translation>Mradi wa mfano uko tayari.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped. What was made is still in its folder.</source>
        <translation>Imesimamishwa. Kilichotengenezwa bado kiko kwenye folda yake.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo project could not be made</source>
        <translation>Mradi wa mfano haukuweza kutengenezwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the demo failed unexpectedly; see the log file.</source>
        <translation>Kutengeneza mradi wa mfano kumeshindikana ghafla; angalia faili ya kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+23"/>
        <source>No sound system was found on this computer, so recording and playback are unavailable. Install PortAudio (see the README), then restart MMS Studio.</source>
        <extracomment>Every template a core job or workflow sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Hakuna mfumo wa sauti uliopatikana kwenye kompyuta hii, kwa hivyo kurekodi na kucheza havipatikani. Sakinisha PortAudio (angalia README), kisha fungua upya MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of sound devices could not be read. Check that the sound system is running, then look for sound devices again.</source>
        <translation>Orodha ya vifaa vya sauti haikuweza kusomwa. Hakikisha mfumo wa sauti unafanya kazi, kisha tafuta vifaa vya sauti tena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound card was found: recording and playback are unavailable. Plug in a microphone and speakers or a headset, then press “Look for sound devices again”.</source>
        <translation>Hakuna kadi ya sauti iliyopatikana: kurekodi na kucheza havipatikani. Chomeka maikrofoni na spika au vipokea sauti vya kichwani, kisha bonyeza “Tafuta vifaa vya sauti tena”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No microphone was found, so nothing can be recorded. Plug one in, then press “Look for sound devices again”.</source>
        <translation>Hakuna maikrofoni iliyopatikana, kwa hivyo hakuna kinachoweza kurekodiwa. Chomeka moja, kisha bonyeza “Tafuta vifaa vya sauti tena”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speakers or headphones were found, so nothing can be played. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Hakuna spika wala vipokea sauti vilivyopatikana, kwa hivyo hakuna kinachoweza kuchezwa. Vichomeke, kisha bonyeza “Tafuta vifaa vya sauti tena”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be opened; the previous one is still in use.</source>
        <translation>Maikrofoni “{name}” haikuweza kufunguliwa; ile ya awali bado inatumika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be started; the previous one is still in use.</source>
        <translation>Maikrofoni “{name}” haikuweza kuanzishwa; ile ya awali bado inatumika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound could not be played: no speakers or headphones answered. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Sauti haikuweza kuchezwa: hakuna spika wala vipokea sauti vilivyoitikia. Vichomeke, kisha bonyeza “Tafuta vifaa vya sauti tena”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is too short: say the whole sentence after pressing record.</source>
        <translation>Jaribio ni fupi mno: sema sentensi nzima baada ya kubonyeza rekodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is longer than {seconds:.0f} seconds: split it into shorter sentences.</source>
        <translation>Jaribio ni refu kuliko sekunde {seconds:.0f}: ligawanye kuwa sentensi fupi zaidi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is very quiet: speak closer to the microphone or raise its input level.</source>
        <translation>Sauti ya jaribio iko chini sana: sema karibu zaidi na maikrofoni au ongeza kiwango chake cha sauti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is distorted (too loud): move back from the microphone or lower its input level.</source>
        <translation>Sauti ya jaribio imeharibika (sauti kubwa mno): sogea mbali na maikrofoni au punguza kiwango chake cha sauti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take {name} could not be read; it is kept in the project&apos;s recordings folder.</source>
        <translation>Jaribio {name} halikuweza kusomwa; limehifadhiwa kwenye folda ya rekodi za mradi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Andika kinachosemwa katika jaribio kabla ya kulikubali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A take is already being recorded.</source>
        <translation>Jaribio tayari linarekodiwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved in {folder} ({reason}).</source>
        <translation>Jaribio halikuweza kuhifadhiwa katika {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved: {reason}</source>
        <translation>Jaribio halikuweza kuhifadhiwa: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <translation>Inachagua vipande vya mafunzo, vya kukagua na vya majaribio (wazungumzaji wanatenganishwa)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Inapakia modeli ya msingi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the base model for this computer (once)…</source>
        <translation>Inaandaa modeli ya msingi kwa kompyuta hii (mara moja tu)…</translation>
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
        <source>Checking the downloaded base model…</source>
        <translation>Inakagua modeli ya msingi iliyopakuliwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Inanakili…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding speech…</source>
        <translation>Inatafuta usemi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding speech in {name} ({n} of {total})…</source>
        <translation>Inatafuta usemi katika {name} ({n} kati ya {total})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing {speech} of speech ({skipped} of silence skipped)…</source>
        <translation>Inanakili usemi wa {speech} (kimya cha {skipped} kimerukwa)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to the recording…</source>
        <translation>Inasikiliza rekodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the transcript…</source>
        <translation>Inalinganisha maandishi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the aligned lines to the project…</source>
        <translation>Inaongeza mistari iliyolinganishwa kwenye mradi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding {count} clip(s)…</source>
        <translation>Inaongeza vipande {count}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut from {name} by speech detection; it needs its transcript.</source>
        <translation>Kimekatwa kutoka {name} kwa kutambua usemi; kinahitaji maandishi yake.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript follows this line; check where the line ends.</source>
        <translation>Usemi usio katika maandishi unafuata mstari huu; kagua mahali mstari unapoishia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript comes before this line; check where it starts.</source>
        <translation>Usemi usio katika maandishi unakuja kabla ya mstari huu; kagua mahali mstari unapoanzia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alignment of this line is doubtful (score {score}); check its times and its text.</source>
        <translation>Ulinganishaji wa mstari huu una shaka (alama {score}); kagua nyakati zake na maandishi yake.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the Review page without a transcript; type what is said.</source>
        <translation>Kimekubaliwa kwenye ukurasa wa Pitia bila maandishi; andika kinachosemwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
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
        <source>Comparing with what the base model writes on its own (zero-shot)…</source>
        <translation>Inalinganisha na kile ambacho modeli ya msingi huandika peke yake (bila mafunzo)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming {run} with its own settings: step {step} of {steps}. To change them, start a new run.</source>
        <translation>Inaendelea na {run} kwa mipangilio yake yenyewe: hatua {step} kati ya {steps}. Ili kuibadilisha, anza mafunzo mapya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Hakuna ulinganisho na modeli ya msingi: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Inapakia modeli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name “{name}” is empty or leads outside the dataset folder.</source>
        <translation>Jina la faili “{name}” ni tupu au linaelekea nje ya folda ya data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is missing or not a recording.</source>
        <translation>{name} haipo au si rekodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcription is empty.</source>
        <translation>Maandishi ni tupu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recording(s) listed are not in the clips folder: {named}{more}.</source>
        <translation>Rekodi {count} zilizoorodheshwa hazimo kwenye folda ya vipande: {named}{more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence is empty.</source>
        <translation>Sentensi ni tupu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path “{path}” leads outside the clips folder; it was not followed.</source>
        <translation>Njia “{path}” inaelekea nje ya folda ya vipande; haikufuatwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no tiers.</source>
        <translation>Haina tabaka lolote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its time-aligned top-level tiers has any text; choose a tier with --tier.</source>
        <translation>Hakuna tabaka lake la juu lenye nyakati ambalo lina maandishi; chagua tabaka kwa --tier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its annotations subdivide another tier&apos;s annotations without times of their own; import the parent tier instead.</source>
        <translation>Vidokezo vyake vinagawanya vidokezo vya tabaka jingine bila nyakati zake vyenyewe; ingiza tabaka mzazi badala yake.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier has no annotations.</source>
        <translation>Tabaka hili halina vidokezo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty annotation(s).</source>
        <translation>Vidokezo {count} vitupu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tier matches {asked}; its tiers are: {tiers}.</source>
        <translation>Hakuna tabaka linalolingana na {asked}; matabaka yake ni: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its tiers has any text.</source>
        <translation>Hakuna tabaka lake lenye maandishi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({tried}) was not found in the folders chosen for this import, so its {count} annotation(s) were not imported; put the recording beside the .eaf, or import the folder that holds both.</source>
        <translation>Rekodi yake ({tried}) haikupatikana katika folda zilizochaguliwa kwa uingizaji huu, kwa hivyo vidokezo vyake {count} havikuingizwa; weka rekodi kando ya faili ya .eaf, au ingiza folda iliyo na zote mbili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation has no time in the file (unaligned).</source>
        <translation>Kidokezo hakina muda ndani ya faili (hakijapangwa kwa wakati).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation mostly overlaps the one before it on the same tier.</source>
        <translation>Kidokezo kinaingiliana kwa kiasi kikubwa na kile kilichotangulia katika tabaka hilohilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation lies outside the recording {media}.</source>
        <translation>Kidokezo kiko nje ya rekodi {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation ends ({end} ms) before it starts ({start} ms).</source>
        <translation>Kidokezo kinaisha ({end} ms) kabla ya kuanza ({start} ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation starts after the end of {media}.</source>
        <translation>Kidokezo kinaanza baada ya mwisho wa {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording {media} cannot be used: {reason}</source>
        <translation>Rekodi yake {media} haiwezi kutumika: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds no subtitles.</source>
        <translation>Faili haina manukuu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} subtitle(s) were not imported.</source>
        <translation>Rekodi yake ({stem}.wav au faili nyingine ya sauti iitwayo {stem}) haikupatikana kando yake, kwa hivyo manukuu yake {count} hayakuingizwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle(s) without text (or repeating the one before).</source>
        <translation>Manukuu {count} bila maandishi (au yanayorudia yale yaliyotangulia).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle ends before it starts.</source>
        <translation>Manukuu yanaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle starts after the end of {media}.</source>
        <translation>Manukuu yanaanza baada ya mwisho wa {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle lies outside the recording {media}.</source>
        <translation>Manukuu yako nje ya rekodi {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} interval(s) were not imported.</source>
        <translation>Rekodi yake ({stem}.wav au faili nyingine ya sauti iitwayo {stem}) haikupatikana kando yake, kwa hivyo vipindi vyake {count} havikuingizwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a point tier; only interval tiers have stretches of speech to cut.</source>
        <translation>Ni tabaka la nukta; matabaka ya vipindi pekee ndiyo yenye sehemu za usemi za kukata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no interval tier with any text.</source>
        <translation>Haina tabaka la vipindi lenye maandishi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval starts after the end of {media}.</source>
        <translation>Kipindi kinaanza baada ya mwisho wa {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval lies outside the recording {media}.</source>
        <translation>Kipindi kiko nje ya rekodi {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no transcribed speech.</source>
        <translation>Haina usemi ulionakiliwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({name}.wav) was not found next to it, so its {count} transcribed stretch(es) were not imported.</source>
        <translation>Rekodi yake ({name}.wav) haikupatikana kando yake, kwa hivyo sehemu zake {count} zilizonakiliwa hazikuingizwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch ends before it starts.</source>
        <translation>Sehemu hii inaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch starts after the end of {media}.</source>
        <translation>Sehemu hii inaanza baada ya mwisho wa {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch lies outside the recording {media} (negative times).</source>
        <translation>Sehemu hii iko nje ya rekodi {media} (nyakati hasi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({reason}).</source>
        <translation>Faili haikuweza kusomwa ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported by default; choose it with --tier if it holds the transcription.</source>
        <translation>Haiingizwi kwa chaguo-msingi; ichague kwa --tier ikiwa ina maandishi ya usemi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invisible character(s) {chars} removed</source>
        <translation>Herufi zisizoonekana {chars} zimeondolewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup removed ({examples})</source>
        <translation>Alama za maelezo zimeondolewa ({examples})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tier is damaged ({problem}); the other tiers are read. Open the file in Praat and save it again.</source>
        <translation>Tabaka hili limeharibika ({problem}); matabaka mengine yanasomwa. Fungua faili katika Praat na uihifadhi tena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as Latin-1 (Western European) text, as Praat does for a file that is not UTF-8 or UTF-16; check its accented letters.</source>
        <translation>Imesomwa kama maandishi ya Latin-1 (Ulaya Magharibi), kama Praat inavyofanya kwa faili isiyo UTF-8 wala UTF-16; kagua herufi zake zenye alama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty or silence interval(s) passed over.</source>
        <translation>Vipindi {count} vitupu au vya kimya vimerukwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: it holds the most running text ({letters:,} letters, {words:.1f} words per annotation).</source>
        <translation>Imechukua tabaka “{tier}”: lina maandishi mfululizo mengi zaidi (herufi {letters:,}, maneno {words:.1f} kwa kila kidokezo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: its name says it holds the transcription ({count} annotation(s)).</source>
        <translation>Imechukua tabaka “{tier}”: jina lake linaonyesha kwamba lina maandishi ya usemi (vidokezo {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tier per speaker, named after the speaker: {tiers}.</source>
        <translation>Tabaka moja kwa kila mzungumzaji, lenye jina la mzungumzaji: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One transcript tier per participant: {tiers}.</source>
        <translation>Tabaka moja la maandishi kwa kila mshiriki: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers named as transcriptions: {tiers}.</source>
        <translation>Matabaka yenye majina ya maandishi ya usemi: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has letters in another script than this project&apos;s usual {usual} ({found}): another language, or letters typed with the wrong keyboard.</source>
        <translation>Maandishi yana herufi za hati tofauti na hati ya kawaida ya mradi huu, {usual} ({found}): lugha nyingine, au herufi zilizoandikwa kwa kibodi isiyo sahihi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip holds no sound at all.</source>
        <translation>Kipande hakina sauti yoyote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was recorded, or the wrong channel or cut was taken.</source>
        <translation>Kipande ni kimya (sauti yake kubwa zaidi ni {peak:.0f} dBFS): hakuna kilichorekodiwa, au chaneli au ukataji usio sahihi ulichukuliwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is distorted: {share:.1%} of its samples are at full scale (recorded too loud).</source>
        <translation>Sauti ya kipande imeharibika: {share:.1%} ya sampuli zake ziko kwenye kiwango cha juu kabisa (kimerekodiwa kwa sauti kubwa mno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, so split it into sentences.</source>
        <translation>Kipande kina urefu wa {seconds:.0f} s; mafunzo hutumia vipande vya hadi {limit:.0f} s, kwa hivyo kigawanye kuwa sentensi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} per second; speech has at most about 20): the text and the cut do not belong together.</source>
        <translation>Maandishi yana herufi {letters:,} kwa {seconds:.2f} s za sauti ({rate:,.0f} kwa sekunde; usemi una takriban 20 kwa zaidi): maandishi na ukataji haviendani.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is probably incomplete.</source>
        <translation>Maandishi yana herufi {letters} tu kwa {seconds:.0f} s za sauti; huenda hayajakamilika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); check that the cut holds the speech.</source>
        <translation>Kipande karibu chote ni kimya ({share:.0%} yake iko chini ya {level:.0f} dBFS); hakikisha ukataji una usemi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is only {seconds:.2f} s long, too short to hold a word.</source>
        <translation>Kipande kina urefu wa {seconds:.2f} s tu, kifupi mno kuwa na neno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip sounds like steady noise, not speech (its loudness stays within {spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.</source>
        <translation>Kipande kinasikika kama kelele isiyobadilika, si usemi (ukubwa wa sauti yake unabaki ndani ya {spread:.0f} dB, kilele {peak:.0f} dBFS); kisikilize kabla ya mafunzo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as timed labels (start end label lines); the times were left out</source>
        <translation>Imesomwa kama lebo zenye nyakati (mistari ya mwanzo mwisho lebo); nyakati zimeachwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording&apos;s name “{id}” at the start of the line was left out</source>
        <translation>Jina la rekodi “{id}” mwanzoni mwa mstari limeachwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as an “id|text” line (another tool&apos;s layout); the id “{id}” was left out</source>
        <translation>Imesomwa kama mstari wa “id|maandishi” (mpangilio wa zana nyingine); id “{id}” imeachwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} clip(s), {hms} of audio; {flagged} need review; skipped {skipped}.</source>
        <translation>Vipande {count} vimeingizwa, sauti ya {hms}; {flagged} vikaguliwe; {skipped} vimerukwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({count} clip(s)).</source>
        <translation>{text} (vipande {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  imported  {name}: {count} clip(s), {seconds:.1f} s</source>
        <translation>  imeingizwa  {name}: vipande {count}, {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  skipped   {where}: {reason}</source>
        <translation>  imerukwa    {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  note      {where}: {text}</source>
        <translation>  maelezo     {where}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript holds annotation markup ({examples}) that would be learnt as speech; edit it, or import again with the option to remove markup.</source>
        <translation>Maandishi yana alama za maelezo ({examples}) ambazo zingejifunzwa kama usemi; yahariri, au ingiza tena ukichagua kuondoa alama hizo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  review    {where}: {reason}</source>
        <translation>  ikaguliwe   {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left of the transcript once markup and invisible characters are removed.</source>
        <translation>Hakuna kinachobaki katika maandishi baada ya kuondoa alama za maelezo na herufi zisizoonekana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored clip cannot be read back: {reason}</source>
        <translation>Kipande kilichohifadhiwa hakiwezi kusomwa tena: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the tiny demo model…</source>
        <translation>Inaunda modeli ndogo ya mfano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {count} demo clips…</source>
        <translation>Inarekodi vipande {count} vya mfano…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the texts…</source>
        <translation>Inasoma maandiko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the language model…</source>
        <translation>Inaunda modeli ya lugha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring {clips} dev clips…</source>
        <translation>Inapima vipande {clips} vya kukagua…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning the language model weights on {clips} dev clips…</source>
        <translation>Inarekebisha uzito wa modeli ya lugha kwa vipande {clips} vya kukagua…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greedy</source>
        <translation>bila LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beam search with hotwords</source>
        <translation>utafutaji wa boriti pamoja na maneno ya kipaumbele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: beam search with hotwords, no language model.</source>
        <translation>Usimbuaji: utafutaji wa boriti pamoja na maneno ya kipaumbele, bila modeli ya lugha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (no language model).</source>
        <translation>Usimbuaji: bila LM (bila modeli ya lugha).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own adapter).</source>
        <translation>Usimbuaji: bila LM (adapta ya modeli ya msingi yenyewe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own output, zero-shot).</source>
        <translation>Usimbuaji: bila LM (matokeo ya modeli ya msingi yenyewe, bila mafunzo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adapta ya {lang} ya modeli ya msingi yenyewe (ikiwa ipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s own output (zero-shot)</source>
        <translation>Matokeo ya modeli ya msingi yenyewe (bila mafunzo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own output (zero-shot).</source>
        <translation>Hakuna adapta iliyofunzwa bado: inanakili kwa matokeo ya modeli ya msingi yenyewe (bila mafunzo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own adapter for “{language}”.</source>
        <translation>Hakuna adapta iliyofunzwa bado: inanakili kwa adapta ya modeli ya msingi yenyewe ya “{language}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding without the language model: {reason}</source>
        <translation>Usimbuaji bila modeli ya lugha: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding without the language model: it did not lower this adapter&apos;s dev error rates (use --lm to force it).</source>
        <translation>Usimbuaji bila modeli ya lugha: haikupunguza viwango vya makosa vya ukaguzi vya adapta hii (tumia --lm kuilazimisha).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding: {decoder}.</source>
        <translation>Usimbuaji: {decoder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {order}, {words} words, from {sentences} sentences</source>
        <translation>daraja {order}, maneno {words}, kutoka sentensi {sentences}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tuned on the dev clips</source>
        <translation>imerekebishwa kwa vipande vya kukagua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tuned yet: default weights</source>
        <translation>bado haijarekebishwa: uzito wa kawaida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned}) + {count} hotwords</source>
        <translation>modeli ya lugha ({model}; uzito {alpha:g}, ziada ya neno {beta:g}, {tuned}) + maneno ya kipaumbele {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})</source>
        <translation>modeli ya lugha ({model}; uzito {alpha:g}, ziada ya neno {beta:g}, {tuned})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,162 languages with ready adapters</source>
        <translation>lugha 1,162 zenye adapta tayari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the slowest: about 12 s per training step on a 2-core laptop</source>
        <translation>ya polepole zaidi: takriban sekunde 12 kwa kila hatua ya mafunzo kwenye kompyuta mpakato yenye viini 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription</source>
        <translation>uzito milioni 317, mara 3 pungufu kuliko MMS 1B: mafunzo na unakili wa haraka zaidi</translation>
    </message>
    <message>
        <source>the slowest: an adapter step on 4 × 5 s takes ~12 s on a 2-core laptop CPU</source>
        <translation type="vanished">ya polepole zaidi: hatua moja ya adapta kwa 4 × 5 s huchukua ~12 s kwenye prosesa ya kompyuta mpakato yenye viini 2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>1,600+ languages (no ready adapters)</source>
        <translation>lugha 1,600+ (bila adapta tayari)</translation>
    </message>
    <message>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription (bench/families.py measures both on this computer)</source>
        <translation type="vanished">uzito milioni 317, mara 3 pungufu kuliko MMS 1B: mafunzo na unakili wa haraka zaidi (bench/families.py hupima vyote viwili kwenye kompyuta hii)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about as heavy as MMS 1B (similar speed); more accurate than the 300M</source>
        <translation>karibu uzito sawa na MMS 1B (kasi inayofanana); sahihi zaidi kuliko ile ya 300M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model folder on this computer</source>
        <translation>folda ya modeli kwenye kompyuta hii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model from the Hub</source>
        <translation>modeli kutoka Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the model</source>
        <translation>inategemea modeli</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {field} of clip {clip}</source>
        <translation type="vanished">Hariri {field} ya kipande {clip}</translation>
    </message>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+30"/>
        <source>Edit the transcript of {clip}</source>
        <translation>Hariri maandishi ya {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the speaker of {clip}</source>
        <translation>Badilisha mzungumzaji wa {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {clip} to another set</source>
        <translation>Hamishia {clip} kwenye kundi jingine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of {clip}</source>
        <translation>Badilisha hali ya {clip}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete {n} clip(s)</source>
        <translation>Futa vipande {n}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change the language settings</source>
        <translation>Badilisha mipangilio ya lugha</translation>
    </message>
</context>
</TS>
