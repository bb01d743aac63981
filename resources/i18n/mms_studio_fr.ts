<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+98"/>
        <location line="+43"/>
        <source>Cannot open this project</source>
        <translation>Impossible d&apos;ouvrir ce projet</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Ouverture de {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+61"/>
        <source>The base model is needed</source>
        <translation>Le modèle de base est nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation>Pour entraîner et transcrire, MMS Studio a besoin du modèle de base MMS de Meta «&#xa0;{base}&#xa0;» (environ 4 Go, sous licence CC-BY-NC 4.0). Téléchargez-le une seule fois — un téléchargement interrompu reprend là où il s&apos;est arrêté — ou choisissez un dossier qui le contient déjà.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Télécharger le modèle de base depuis Internet, une seule fois&#xa0;; le téléchargement reprend là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Utiliser un dossier qui contient déjà le modèle de base (config.json et model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Fermer pour l&apos;instant&#xa0;; l&apos;entraînement et la transcription ont besoin du modèle de base</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Downloading… time left {eta}</source>
        <translation>Téléchargement… temps restant {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ Le modèle de base est prêt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ Le téléchargement a échoué&#xa0;; voir le fichier journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Dossier du modèle de base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Ce dossier ne contient pas de modèle (config.json et model.safetensors sont nécessaires).</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+38"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ exclu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 supprimé</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+56"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio a rencontré un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Une erreur s&apos;est produite dans MMS Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation>Vos enregistrements, transcriptions et entraînements terminés sont enregistrés au fur et à mesure&#xa0;: rien de ce que vous avez terminé n&apos;est perdu. Vous pouvez continuer à travailler, ou redémarrer l&apos;application par précaution.

Les détails sont dans le fichier journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+104"/>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Ajouter des enregistrements avec leurs transcriptions&#xa0;: fichiers audio avec un .txt/.lab à côté, dossiers, ELAN, TextGrid, sous-titres, tableaux CSV, Common Voice. Vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Filtrer par transcription, locuteur ou source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Filtrer les extraits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Afficher les extraits à l&apos;état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Supprimer les extraits sélectionnés</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Supprimer les extraits sélectionnés (Del)&#xa0;; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+200"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Rapport d&apos;orthographe</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Lister chaque caractère des transcriptions, combien de fois et dans quels extraits</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark as ok</source>
        <translation>Marquer comme ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Marquer à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Exclure de l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Mettre dans les extraits d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Mettre dans les extraits de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Mettre dans les extraits de test</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Écouter l&apos;extrait sélectionné</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Écouter l&apos;extrait sélectionné (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Afficher à nouveau tous les extraits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Afficher seulement les extraits à cet état</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Afficher les &amp;supprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Afficher les extraits supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Lister aussi les extraits supprimés, pour pouvoir les rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>Rapport d&apos;&amp;orthographe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>&amp;Extraits sélectionnés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Extraits sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Marquer les extraits sélectionnés comme ok, à revoir ou exclus, ou les mettre dans les extraits d&apos;entraînement, de contrôle ou de test</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation>Chaque extrait avec son état en toutes lettres&#xa0;; F2 modifie une transcription, la touche Menu change l&apos;état ou le groupe, Ctrl+Space fait écouter l&apos;extrait.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Sélectionnez un extrait pour le voir et l&apos;écouter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Quelle part de l&apos;import est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Arrêter l&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Arrêter après l&apos;extrait en cours&#xa0;; les extraits déjà importés sont gardés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>Ce qui a été importé et ce qui a été ignoré, avec la raison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Pas encore d&apos;extraits. Cliquez sur Importer… ou déposez ici des enregistrements avec leurs transcriptions — ou enregistrez-en de nouveaux sur la page Enregistrer.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>delete the selected clips</source>
        <translation>supprimer les extraits sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>écouter l&apos;extrait sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>modifier la transcription sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>filtrer les extraits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>import d&apos;enregistrements</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Extraits&#xa0;: {clips} · parole&#xa0;: {minutes:.1f} min · locuteurs&#xa0;: {speakers} · groupes&#xa0;: {splits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation>Cette version de MMS Studio ne peut pas encore produire ce rapport.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation>{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot play this clip</source>
        <translation>Impossible d&apos;écouter cet extrait</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>La modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} extrait(s) supprimé(s). Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import recordings and transcripts</source>
        <translation>Importer des enregistrements et transcriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation>Enregistrements et transcriptions (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import already running</source>
        <translation>Import déjà en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Attendez la fin de l&apos;import en cours, ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Arrêt après l&apos;extrait en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>ignoré  {where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>importé {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+22"/>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>Le volume du microphone en décibels&#xa0;; un avertissement écrit s&apos;affiche quand il est trop fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Trop fort&#xa0;!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>niveau ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+62"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Les parties du projet&#xa0;: choisissez-en une avec les flèches, ou appuyez sur Ctrl+1 à Ctrl+5 depuis n&apos;importe où.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opening the project…</source>
        <translation>Ouverture du projet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every change is saved as you make it.</source>
        <translation>Chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Prises interrompues par un plantage et gardées&#xa0;: {n}&#xa0;; revoyez-les sur la page Enregistrer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importer des enregistrements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page</source>
        <translation>Afficher la page {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>À &amp;propos de MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation>La nouvelle langue de l&apos;interface s&apos;affichera entièrement au prochain démarrage de MMS Studio.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Chaque combinaison de touches et son action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About MMS Studio</source>
        <translation>À propos de MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Entraîne de petits adaptateurs pour le modèle de parole MMS de Meta (facebook/mms-1b-all, sous licence CC-BY-NC 4.0&#xa0;: les adaptateurs que vous entraînez héritent de cette licence). Fichier journal&#xa0;: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Ouvrir le dossier du projet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a background job</source>
        <translation>une tâche en arrière-plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and close?</source>
        <translation>Arrêter et fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>MMS Studio est encore occupé&#xa0;: {jobs}. Fermer l&apos;arrête&#xa0;; ce qui est déjà terminé est gardé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+55"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>ex.&#xa0;: contes abui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>N&apos;importe quel nom&#xa0;; le dossier du projet porte ce nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation>code ISO 639-3, ex.&#xa0;: abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation>Le code ISO 639-3 de la langue (deux ou trois lettres minuscules)&#xa0;; il ne pourra pas être changé ensuite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>Le dossier qui contiendra le projet&#xa0;; saisissez un chemin ou choisissez-en un avec le bouton à côté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Choisir le dossier qui contiendra le projet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nom du projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language code:</source>
        <translation>Code de &amp;langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Créer le projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Créer le dossier du projet et l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Fermer sans créer de projet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the project a name.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation>Saisissez le code ISO 639-3 de la langue (deux ou trois lettres minuscules).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Choisissez un dossier où garder le projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Un dossier de ce nom existe déjà à cet endroit&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>Le projet sera enregistré dans&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep projects in</source>
        <translation>Garder les projets dans</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+61"/>
        <location line="+73"/>
        <location line="+284"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>who is speaking (name or code)</source>
        <translation>qui parle (nom ou code)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Un fichier texte avec une phrase par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+254"/>
        <source>Free recording</source>
        <translation>Enregistrement libre</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Record without prompts and type what was said</source>
        <translation>Enregistrer sans phrases à lire et écrire ce qui a été dit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>L&amp;ocuteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Rechercher à nouveau les microphones</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Rechercher à nouveau les microphones (après en avoir branché un)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>Le microphone qui enregistre les prises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>Ouvrir des &amp;phrases à lire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>&amp;Enregistrement libre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Phrases à lire&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>ce qui est dit dans la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transcription de la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>Ce qui est dit dans la prise&#xa0;; Ctrl+R enregistre, Ctrl+Enter accepte la prise.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Écouter la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Réenregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Accepter et suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Commencer à enregistrer une prise&#xa0;; appuyez à nouveau pour arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Écouter la prise&#xa0;; appuyez à nouveau pour arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Jeter cette prise et réenregistrer la phrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Ajouter la prise et sa transcription aux données, puis afficher la phrase suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Revenir à la phrase précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Passer à la phrase suivante sans enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Appuyez sur Enregistrer (Ctrl+R) et lisez la phrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review re&amp;covered take</source>
        <translation>Revoir la prise &amp;récupérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Revoir la prise récupérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Charger la prochaine prise interrompue par un plantage, pour l&apos;écouter, la transcrire et l&apos;accepter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcription&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>démarrer ou arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>écouter ou arrêter la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>réenregistrer la phrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>accepter la prise et passer à la phrase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>passer à la phrase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>revenir à la phrase précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>enregistrement d&apos;une prise</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation>⚠ Aucun microphone trouvé. Branchez-en un et revenez sur cette page.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Microphone not changed</source>
        <translation>Microphone non changé</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+221"/>
        <source>Open prompts</source>
        <translation>Ouvrir des phrases à lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Impossible d&apos;utiliser ces phrases</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>Les {n} phrases sont faites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Terminé&#xa0;! Ouvrez un autre fichier de phrases ou enregistrez librement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Phrase {i} sur {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Dites ce que vous voulez, puis écrivez ci-dessous ce que vous avez dit.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Enregistrement… appuyez sur Arrêter (Ctrl+R) à la fin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Finalisation de la prise…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Enregistrement… {s:.1f} s — appuyez sur Arrêter (Ctrl+R) à la fin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The take could not be saved: {error}</source>
        <translation>⚠ La prise n&apos;a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Bonne prise ({s:.1f} s). Acceptez avec Ctrl+Enter, ou réenregistrez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot play the take</source>
        <translation>Impossible d&apos;écouter la prise</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type what was said</source>
        <translation>Écrivez ce qui a été dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Écrivez ce qui est dit dans la prise avant de l&apos;accepter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The take was not added</source>
        <translation>La prise n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added clip {id}.</source>
        <translation>Extrait {id} ajouté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Ajouté. Appuyez sur Enregistrer (Ctrl+R) pour la suivante.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ MMS Studio s&apos;est arrêté brusquement pendant l&apos;enregistrement de {n} prise(s)&#xa0;; elles ont été gardées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Prise récupérée {name} ({s:.1f} s)&#xa0;: écoutez-la, écrivez ce qui est dit et acceptez-la.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/settings.py" line="+55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>Le code de langue est fixé à la création du projet&#xa0;; les adaptateurs sont entraînés et nommés pour lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>Le nom du projet, affiché dans le titre de la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>Le modèle MMS sur lequel les adaptateurs sont entraînés (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Code de langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Choisir le modèle de &amp;base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Choisir le modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Télécharger le modèle de base ou choisir un dossier qui le contient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Modèle de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>&amp;Ignorer majuscules/minuscules (seulement si elles n&apos;ont pas de sens dans cette langue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>caractères en plus à retirer, ex.&#xa0;: * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>ponctuation qui est une lettre ici, ex.&#xa0;: &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>lettres écrites en groupe, ex.&#xa0;: ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>un par ligne&#xa0;: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Ignorer majuscules et minuscules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Seulement si majuscules et minuscules n&apos;ont pas de sens dans cette langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Caractères à retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Ponctuation gardée comme lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Multigrammes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Comment les transcriptions deviennent du texte d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Garder comme lettres&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>&amp;Multigrammes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>Rempla&amp;cements&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;ample:</source>
        <translation>E&amp;xemple&#xa0;:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>type a sentence to see what the model learns</source>
        <translation>écrivez une phrase pour voir ce que le modèle apprend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Phrase d&apos;exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Appris comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>L&apos;exemple tel que la reconnaissance vocale l&apos;apprendra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learned as:</source>
        <translation>Appris comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep these rules for training and scoring</source>
        <translation>Garder ces règles pour l&apos;entraînement et l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved.</source>
        <translation>✓ Enregistré.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+71"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Vérification de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Préréglage d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Durée et intensité de l&apos;entraînement&#xa0;; la suggestion convient à cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Afficher ou masquer le nombre d&apos;étapes, le taux d&apos;apprentissage et la taille des lots</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>from the preset</source>
        <translation>selon le préréglage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipe default (0.001)</source>
        <translation>valeur par défaut de la recette (0.001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit to memory</source>
        <translation>adapter à la mémoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Étapes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation>Combien d&apos;étapes d&apos;entraînement&#xa0;; 0 prend le nombre du préréglage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on dev clips every</source>
        <translation>Vérifier sur les extraits de contrôle toutes les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation>Combien d&apos;étapes entre deux vérifications sur les extraits de contrôle&#xa0;; 0 le prend du préréglage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation>La taille de chaque étape d&apos;entraînement&#xa0;; 0 garde la valeur par défaut de la recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Secondes d&apos;audio par lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Quantité d&apos;audio vue à chaque étape&#xa0;; 0 l&apos;adapte à la mémoire de cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Étapes d&apos;entraî&amp;nement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>Vérifier sur les extraits de &amp;contrôle toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;ux d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Secondes d&apos;audio par l&amp;ot&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start training</source>
        <translation>Lancer l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Arrêter&#xa0;; la progression est enregistrée et peut être reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Reprendre l&apos;entraînement arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Entraîner un nouvel adaptateur sur les extraits de ce projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Reprendre l&apos;entraînement arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Reprendre le dernier entraînement arrêté là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progression de l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Quelle part de l&apos;entraînement est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Aucun entraînement en cours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>Les courbes de perte et de taux d&apos;erreur s&apos;affichent ici pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Journal d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>La perte de chaque étape et les taux d&apos;erreur de chaque vérification, en toutes lettres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter library</source>
        <translation>Bibliothèque d&apos;adaptateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Les adaptateurs entraînés dans ce projet avec leurs taux d&apos;erreur sur les extraits de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER (contrôle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER (contrôle)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Essai rapide ({steps} étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Standard ({steps} étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Approfondi ({steps} étapes, pour une carte graphique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} ({steps} étapes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Carte graphique&#xa0;: {name} ({memory} Go).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>Aucune carte graphique trouvée&#xa0;: l&apos;entraînement se fait sur le processeur ({memory} Go de mémoire), dont les unités bf16 le rendent plus rapide. Commencez par un essai rapide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>Aucune carte graphique trouvée&#xa0;: l&apos;entraînement se fait sur le processeur ({memory} Go de mémoire), qui n&apos;a pas d&apos;unités bf16, si bien que l&apos;entraînement est 2 à 3 fois plus lent que sur les processeurs qui en ont. Commencez par un essai rapide.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Terminé&#xa0;: adaptateur {name}, CER contrôle {cer}&#xa0;; adaptateur propre au modèle de base&#xa0;: CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Terminé&#xa0;: adaptateur {name}, CER contrôle {cer}.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base model&apos;s CER</source>
        <translation>CER du modèle de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation>Les mêmes extraits de contrôle transcrits par l&apos;adaptateur propre au modèle de base pour cette langue, s&apos;il en a un (— s&apos;il n&apos;en a pas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adapter library (this project)</source>
        <translation>Bibliothèque d&apos;adaptateurs (ce projet)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Impossible de vérifier le matériel de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training an adapter</source>
        <translation>entraînement d&apos;un adaptateur</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nothing to resume</source>
        <translation>Rien à reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Il n&apos;y a pas d&apos;entraînement arrêté à reprendre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming {run}</source>
        <translation>Reprise de {run}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting a new training run.</source>
        <translation>Démarrage d&apos;un nouvel entraînement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Arrêt après l&apos;étape en cours&#xa0;; la progression est enregistrée…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time left: {eta}</source>
        <translation>temps restant&#xa0;: {eta}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} extrait(s) mis de côté (trop long, ou trop court pour sa transcription).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation>étape {step}&#xa0;: perte contrôle {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss:.3f}</source>
        <translation>étape {step}&#xa0;: perte {loss:.3f}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Terminé. L&apos;adaptateur est dans la bibliothèque ci-dessous et sur la page Transcrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. {reason}</source>
        <translation>Arrêté. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>L&apos;entraînement n&apos;a pas pu se faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ L&apos;entraînement a échoué de façon inattendue&#xa0;; voir le fichier journal.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+30"/>
        <source>Loss (lower is better)</source>
        <translation>Perte (plus bas = mieux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Taux d&apos;erreur sur les extraits de contrôle (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Perte et taux d&apos;erreur par étape d&apos;entraînement&#xa0;; le journal d&apos;entraînement à côté donne les mêmes chiffres en toutes lettres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dev</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WER (words)</source>
        <translation>WER (mots)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CER (characters)</source>
        <translation>CER (caractères)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+64"/>
        <location line="+24"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>&amp;Ouvrir un audio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+209"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Record something to transcribe</source>
        <translation>Enregistrer quelque chose à transcrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Déposez un enregistrement ici, ouvrez-en un, ou enregistrez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>Les mots ombrés et soulignés sont ceux dont le modèle est le moins sûr. Cliquez sur un mot pour l&apos;écouter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segments, les moins sûrs d&apos;abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Texte (modifiez pour corriger)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>Ajouter les segments &amp;cochés aux données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Les segments corrigés deviennent des extraits d&apos;entraînement&#xa0;; entraînez à nouveau pour améliorer la reconnaissance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>transcribing</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Clic sur un mot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>écouter ce mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Double-clic sur un segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>écouter ce segment</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptateur {lang} propre au modèle de base (s&apos;il en a un)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the transcript as {format}</source>
        <translation>Enregistrer la transcription en {format}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Open audio</source>
        <translation>Ouvrir un audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Choisir un enregistrement à transcrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>L&apos;adaptateur entraîné qui écrit la transcription</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Écrire la transcription de l&apos;enregistrement avec l&apos;adaptateur choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Arrêter la transcription&#xa0;; les segments déjà faits sont gardés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>Ada&amp;ptateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>La transcription mot à mot&#xa0;; les mots dont le modèle n&apos;est pas sûr sont soulignés et ombrés. Tab passe d&apos;un mot à l&apos;autre, Entrée fait écouter le mot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Chaque segment avec sa confiance en toutes lettres&#xa0;; F2 corrige le texte, Espace coche Ajouter, Ctrl+Space fait écouter le segment.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Ajouter les segments cochés aux données</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Transcription progress</source>
        <translation>Progression de la transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Quelle part de l&apos;enregistrement est transcrite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hear the selected segment</source>
        <translation>écouter le segment sélectionné</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use this recording</source>
        <translation>Impossible d&apos;utiliser cet enregistrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot record</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop &amp;recording</source>
        <translation>Arrêter l&apos;&amp;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segment(s) pour l&apos;instant…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>La transcription n&apos;a pas pu se faire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Rien n&apos;a été reconnu. Écrivez ce qui est dit dans la ligne ci-dessous et ajoutez-la aux données&#xa0;: c&apos;est ainsi que la reconnaissance apprend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segment(s). Corrigez d&apos;abord les moins sûrs, puis ajoutez-les aux données.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— nothing recognised</source>
        <translation>— rien n&apos;a été reconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ faible</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(rien n&apos;a été reconnu&#xa0;: écrivez ce qui est dit dans le tableau ci-dessous)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(aucune parole trouvée)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot play</source>
        <translation>Impossible d&apos;écouter</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}&#xa0;: écrivez d&apos;abord ce qui est dit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some segments were not added</source>
        <translation>Certains segments n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>{n} extrait(s) ajouté(s) aux données. Entraînez à nouveau pour améliorer la reconnaissance.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Forme d&apos;onde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the sound over time, in seconds</source>
        <translation>La forme du son dans le temps, en secondes</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+32"/>
        <source>Welcome — MMS Studio</source>
        <translation>Bienvenue — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Faites des enregistrements de votre communauté un outil de reconnaissance vocale pour votre langue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Commencer un projet pour une langue&#xa0;: un nom, le code de langue et un dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Ouvrir un dossier de projet créé auparavant (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Projets déjà ouverts&#xa0;; appuyez sur Entrée pour ouvrir celui sélectionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Les projets que vous ouvrez s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open project folder</source>
        <translation>Ouvrir le dossier du projet</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+22"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <extracomment>Every template a core job (or gui/engine_jobs.py) sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Choix des extraits d&apos;entraînement, de contrôle et de test (locuteurs séparés)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Chargement du modèle de base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Transcription avec la référence « {baseline} »…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Téléchargement du modèle de base {base} (environ 4 Go, peut reprendre)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Export de {count} extrait(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>{count} extrait(s) exporté(s) vers {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Import de {count} extrait(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>{imported} extrait(s) importé(s) ; {skipped} ignoré(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Étape {step} : CER de contrôle {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Entraînement de l&apos;adaptateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Entraînement de l&apos;adaptateur (calculs refaits pour tenir en mémoire)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Arrêt anticipé : le CER de contrôle ne s&apos;est pas amélioré depuis {count} évaluations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Pas encore d&apos;extraits de contrôle : l&apos;extrait {clip} est mis de côté pour mesurer les progrès.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Comparaison avec l&apos;adaptateur propre au modèle de base pour cette langue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Pas de comparaison avec le modèle de base : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+31"/>
        <source>Edit {field} of clip {clip}</source>
        <translation>Modifier l&apos;extrait {clip} ({field})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {n} clip(s)</source>
        <translation>Supprimer {n} extrait(s)</translation>
    </message>
</context>
</TS>
