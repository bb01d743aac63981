<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+98"/>
        <location line="+43"/>
        <source>Cannot open this project</source>
        <translation>Não é possível abrir este projeto</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Abrindo {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+61"/>
        <source>The base model is needed</source>
        <translation>O modelo base é necessário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation>Para treinar e transcrever, o MMS Studio precisa do modelo base MMS da Meta, “{base}” (cerca de 4 GB, licença CC-BY-NC 4.0). Baixe-o uma vez — um download interrompido continua de onde parou — ou escolha uma pasta que já o contenha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Escolher uma pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Baixar o modelo base da internet uma vez; o download continua de onde parou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Usar uma pasta que já contém o modelo base (config.json e model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Fechar por enquanto; treinar e transcrever precisam do modelo base</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Downloading… time left {eta}</source>
        <translation>Baixando… tempo restante {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ O modelo base está pronto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ O download falhou; veja o arquivo de log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Pasta com o modelo base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Essa pasta não contém um modelo (são necessários config.json e model.safetensors).</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+38"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Falante</translation>
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
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ deixado de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 apagado</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+56"/>
        <source>MMS Studio hit a problem</source>
        <translation>O MMS Studio encontrou um problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Algo deu errado no MMS Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation>Suas gravações, transcrições e treinamentos concluídos são salvos enquanto você trabalha, por isso nada do que você terminou foi perdido. Você pode continuar trabalhando ou, por segurança, reiniciar o programa.

Os detalhes estão no arquivo de log:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open log folder</source>
        <translation>Abrir a pasta de log</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+104"/>
        <source>Dataset</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Adicione gravações com transcrições: arquivos de áudio com .txt/.lab ao lado, pastas, ELAN, TextGrid, legendas, tabelas CSV, Common Voice. Você também pode arrastá-los até aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Filtrar por transcrição, falante ou origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Filtrar trechos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Mostrar trechos com a situação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>deixado de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Apagar os trechos selecionados</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Apagar os trechos selecionados (Del); Ctrl+Z os traz de volta</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+200"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Relatório ortográfico</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Listar cada caractere usado nas transcrições, quantas vezes e em que trechos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark as ok</source>
        <translation>Marcar como ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Marcar como a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Deixar de fora do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Mover para os trechos de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Mover para os trechos de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Mover para os trechos de teste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Ouvir o trecho selecionado (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Mostrar todos os trechos de novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Mostrar só os trechos com esta situação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Mostrar a&amp;pagados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Mostrar trechos apagados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Listar também os trechos apagados, para poder trazê-los de volta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>&amp;Relatório ortográfico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>&amp;Trechos selecionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Trechos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Marcar os trechos selecionados como ok, a revisar ou deixados de fora, ou movê-los para os trechos de treinamento, de controle ou de teste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation>Cada trecho com sua situação por extenso; F2 edita uma transcrição, a tecla Menu muda a situação ou o grupo, Ctrl+Space toca o trecho.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Selecione um trecho para vê-lo e ouvi-lo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Quanto da importação já foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Parar a importação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Parar após o trecho atual; os trechos já importados são mantidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Relatório da importação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>O que foi importado e o que foi ignorado, com o motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Ainda não há trechos. Clique em Importar… ou arraste até aqui gravações com suas transcrições — ou grave novas na página Gravar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>delete the selected clips</source>
        <translation>apagar os trechos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>editar a transcrição selecionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>filtrar trechos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>importando gravações</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Trechos: {clips} · fala: {minutes:.1f} min · falantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ainda nenhum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation>Esta versão do MMS Studio ainda não consegue fazer o relatório.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation>{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown speaker</source>
        <translation>falante desconhecido</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot play this clip</source>
        <translation>Não é possível ouvir este trecho</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>A alteração não foi feita</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} trecho(s) apagado(s). Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import recordings and transcripts</source>
        <translation>Importar gravações e transcrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation>Gravações e transcrições (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import already running</source>
        <translation>Já há uma importação em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Espere a importação atual terminar ou pare-a antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Parando após o trecho atual…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>ignorado  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>importado {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+22"/>
        <source>silence</source>
        <translation>silêncio</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>O volume do microfone em decibéis; um aviso por escrito aparece quando está alto demais</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Nível de entrada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Alto demais!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>nível ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>baixo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+62"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
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
        <translation>As partes do projeto: escolha uma com as setas do teclado, ou pressione Ctrl+1 a Ctrl+5 de qualquer lugar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opening the project…</source>
        <translation>Abrindo o projeto…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every change is saved as you make it.</source>
        <translation>Cada alteração é salva assim que você a faz.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Mantivemos {n} tomada(s) interrompida(s) por uma falha; revise-as na página Gravar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importar gravações…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page</source>
        <translation>Ir para a página {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Sobre o MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation>O novo idioma da interface aparecerá por completo na próxima vez que o MMS Studio for aberto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Cada combinação de teclas e o que ela faz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About MMS Studio</source>
        <translation>Sobre o MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Treina pequenos adaptadores para o modelo de fala MMS da Meta (facebook/mms-1b-all, licença CC-BY-NC 4.0: os adaptadores que você treinar herdam essa licença). Arquivo de log: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Abrir a pasta do projeto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a background job</source>
        <translation>uma tarefa em segundo plano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and close?</source>
        <translation>Parar e fechar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>O MMS Studio ainda está ocupado com: {jobs}. Fechar interrompe o trabalho; o que já terminou é mantido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Parar e fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Continuar trabalhando</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+55"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>ex.: Histórias em abui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>Qualquer nome; a pasta do projeto recebe esse nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation>código ISO 639-3, ex.: abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Código do idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation>O código ISO 639-3 do idioma (duas ou três letras minúsculas); não pode ser mudado depois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>A pasta que vai conter o projeto; digite um caminho ou escolha uma com o botão ao lado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Escolher pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Escolha a pasta que vai conter o projeto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nome do projeto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language code:</source>
        <translation>Código do &amp;idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Criar projeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Criar a pasta do projeto e abri-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Fechar sem criar um projeto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the project a name.</source>
        <translation>Dê um nome ao projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation>Digite o código ISO 639-3 do idioma (duas ou três letras minúsculas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Escolha uma pasta onde salvar o projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Já existe aí uma pasta com este nome; escolha outro nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>O projeto será salvo em: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep projects in</source>
        <translation>Salvar os projetos em</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+61"/>
        <location line="+73"/>
        <location line="+284"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>who is speaking (name or code)</source>
        <translation>quem fala (nome ou código)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Um arquivo de texto com uma frase por linha</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+254"/>
        <source>Free recording</source>
        <translation>Gravação livre</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Record without prompts and type what was said</source>
        <translation>Gravar sem frases para ler e digitar o que foi dito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Falante:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Procurar microfones de novo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Procurar microfones de novo (depois de conectar um)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>O microfone usado para gravar as tomadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>A&amp;brir frases para ler…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>&amp;Gravação livre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Frases para ler:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>o que é dito na tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transcrição da tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>O que é dito na tomada; Ctrl+R grava, Ctrl+Enter aceita a tomada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Ouvir a tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Gravar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Aceitar e próxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Começar a gravar uma tomada; pressione de novo para parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Ouvir a tomada; pressione de novo para parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Descartar esta tomada e gravar a frase de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Adicionar a tomada e sua transcrição aos dados e mostrar a próxima frase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Voltar à frase anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Ir para a próxima frase sem gravar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Pressione Gravar (Ctrl+R) e leia a frase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review re&amp;covered take</source>
        <translation>Revisar a tomada re&amp;cuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Revisar a tomada recuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Carregar a próxima tomada interrompida por uma falha, para ouvir, transcrever e aceitar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcrição:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>começar ou parar de gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>ouvir ou parar a tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>gravar a frase de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>aceitar a tomada e ir para a próxima frase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>pular para a próxima frase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>voltar à frase anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>gravando uma tomada</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation>⚠ Nenhum microfone encontrado. Conecte um e volte a esta página.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Microphone not changed</source>
        <translation>O microfone não foi mudado</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+221"/>
        <source>Open prompts</source>
        <translation>Abrir frases para ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Não é possível usar estas frases para ler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>As {n} frases foram concluídas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Concluído! Abra outro arquivo de frases ou grave livremente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Frase {i} de {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Diga o que quiser e depois digite abaixo o que disse.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Gravando… pressione Parar (Ctrl+R) ao terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Finalizando a tomada…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Gravando… {s:.1f} s — pressione Parar (Ctrl+R) ao terminar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The take could not be saved: {error}</source>
        <translation>⚠ Não foi possível salvar a tomada: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Boa tomada ({s:.1f} s). Aceite com Ctrl+Enter ou grave de novo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot play the take</source>
        <translation>Não é possível ouvir a tomada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type what was said</source>
        <translation>Digite o que foi dito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Digite o que é dito na tomada antes de aceitá-la.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The take was not added</source>
        <translation>A tomada não foi adicionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added clip {id}.</source>
        <translation>Trecho {id} adicionado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Adicionado. Pressione Gravar (Ctrl+R) para a próxima.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ O MMS Studio parou inesperadamente durante a gravação de {n} tomada(s); elas foram mantidas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Tomada recuperada {name} ({s:.1f} s): ouça, digite o que é dito e aceite.</translation>
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
        <translation>O código do idioma é fixado quando o projeto é criado; os adaptadores são treinados e nomeados para ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>O nome do projeto, mostrado no título da janela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Código do idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>O modelo MMS sobre o qual os adaptadores são treinados (somente leitura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Código do idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Escolher o m&amp;odelo base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Escolher o modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Baixar o modelo base ou escolher uma pasta que o contenha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>Ignorar maiúsculas/minús&amp;culas (só se não tiverem significado neste idioma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>caracteres a mais a retirar, ex.: * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>pontuação que aqui é uma letra, ex.: &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>letras escritas em grupo, ex.: ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>uma por linha: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Ignorar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Só se maiúsculas e minúsculas não tiverem significado neste idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Caracteres a retirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Pontuação mantida como letra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Multígrafos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Substituições</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Como as transcrições viram texto de treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Manter como letras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>M&amp;ultígrafos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>Su&amp;bstituições:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;ample:</source>
        <translation>E&amp;xemplo:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>type a sentence to see what the model learns</source>
        <translation>digite uma frase para ver o que o modelo aprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Frase de exemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Aprendido como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>O exemplo como o reconhecedor vai aprendê-lo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learned as:</source>
        <translation>Aprendido como:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Salvar as configurações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep these rules for training and scoring</source>
        <translation>Salvar estas regras para o treinamento e a avaliação</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Settings not saved</source>
        <translation>As configurações não foram salvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved.</source>
        <translation>✓ Salvo.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+71"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Predefinição de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Quanto tempo e com que intensidade treinar; a sugestão é adequada a este computador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>&amp;Configurações avançadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Mostrar ou ocultar o número de passos, a taxa de aprendizado e o tamanho do lote</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>from the preset</source>
        <translation>da predefinição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipe default (0.001)</source>
        <translation>valor padrão (0.001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit to memory</source>
        <translation>ajustar à memória</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Passos de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation>Quantos passos treinar; 0 usa o número da predefinição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on dev clips every</source>
        <translation>Verificar nos trechos de controle a cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation>Quantos passos entre as verificações nos trechos de controle; 0 usa o valor da predefinição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation>O tamanho de cada passo de treinamento; 0 mantém o valor padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Segundos de áudio por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Quanto áudio cada passo vê; 0 ajusta à memória deste computador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Pa&amp;ssos de treinamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>Verificar nos trechos de contr&amp;ole a cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;xa de aprendizado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Segundos de áudio por &amp;lote:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start training</source>
        <translation>Iniciar o &amp;treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Parar; o progresso é salvo e pode ser retomado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Retomar treinamento interrompido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Iniciar o treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Treinar um novo adaptador com os trechos deste projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Retomar treinamento interrompido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Continuar o último treinamento interrompido de onde parou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>Pre&amp;definição:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progresso do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Quanto do treinamento já foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Nenhum treinamento em andamento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>As curvas de perda e de taxa de erro aparecem aqui durante o treinamento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Log do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>A perda de cada passo e as taxas de erro de cada verificação, por extenso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter library</source>
        <translation>Biblioteca de adaptadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Os adaptadores treinados neste projeto com suas taxas de erro nos trechos de controle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER controle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER do modelo base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation>Os mesmos trechos de controle transcritos pelo adaptador próprio do modelo base para este idioma, quando houver (— quando não houver)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adapter library (this project)</source>
        <translation>Biblioteca de adaptadores (este projeto)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Não foi possível verificar o hardware deste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training an adapter</source>
        <translation>treinamento de um adaptador</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Teste rápido ({steps} passos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Padrão ({steps} passos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Completo ({steps} passos, para placa de vídeo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} ({steps} passos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Placa de vídeo: {name} ({memory} GB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>Nenhuma placa de vídeo encontrada: o treinamento roda no processador ({memory} GB de memória), cujas unidades bf16 o tornam mais rápido. Comece com um teste rápido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>Nenhuma placa de vídeo encontrada: o treinamento roda no processador ({memory} GB de memória), que não tem unidades bf16, então o treinamento é de 2 a 3 vezes mais lento do que em processadores que as têm. Comece com um teste rápido.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to resume</source>
        <translation>Nada para retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Não há nenhum treinamento interrompido para continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming {run}</source>
        <translation>Retomando {run}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting a new training run.</source>
        <translation>Iniciando um novo treinamento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Parando após o passo atual; o progresso é salvo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time left: {eta}</source>
        <translation>tempo restante: {eta}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} trecho(s) deixado(s) de fora (longo demais, ou curto demais para a transcrição).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation>passo {step}: perda de controle {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss:.3f}</source>
        <translation>passo {step}: perda {loss:.3f}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}; adaptador próprio do modelo base: CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Concluído. O adaptador está na biblioteca abaixo e na página Transcrever.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. {reason}</source>
        <translation>Parado. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>Não foi possível fazer o treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ O treinamento falhou inesperadamente; veja o arquivo de log.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+30"/>
        <source>Loss (lower is better)</source>
        <translation>Perda (quanto menor, melhor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Taxas de erro nos trechos de controle (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Curvas de treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Perda e taxas de erro por passo de treinamento; o log do treinamento ao lado tem os mesmos números por extenso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dev</source>
        <translation>controle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WER (words)</source>
        <translation>WER (palavras)</translation>
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
        <translation>Transcrever</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>A&amp;brir áudio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+209"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Record something to transcribe</source>
        <translation>Gravar algo para transcrever</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcrever</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Arraste uma gravação até aqui, abra uma ou grave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>As palavras sombreadas e sublinhadas são as menos seguras para o modelo. Clique em uma palavra para ouvi-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segmentos, os menos seguros primeiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Texto (edite para corrigir)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>A&amp;dicionar os segmentos marcados aos dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Os segmentos corrigidos viram trechos de treinamento; treine de novo para melhorar o reconhecedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>transcribing</source>
        <translation>transcrevendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>gravando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Clicar em uma palavra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>ouvir essa palavra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Clicar duas vezes em um segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>ouvir esse segmento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptador {lang} próprio do modelo base (se houver)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the transcript as {format}</source>
        <translation>Salvar a transcrição como {format}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Open audio</source>
        <translation>Abrir áudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Escolher uma gravação para transcrever</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>&amp;Record</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>O adaptador treinado que escreve a transcrição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Escrever a transcrição da gravação com o adaptador escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Parar a transcrição; os segmentos já prontos são mantidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>Adaptado&amp;r:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>A transcrição palavra por palavra; as palavras de que o modelo não tem certeza ficam sublinhadas e sombreadas. Tab passa de uma palavra a outra, Enter toca a palavra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Cada segmento com sua confiança por extenso; F2 corrige o texto, Espaço marca Adicionar, Ctrl+Space toca o segmento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Adicionar os segmentos marcados aos dados</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Transcription progress</source>
        <translation>Progresso da transcrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Quanto da gravação já foi transcrito</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hear the selected segment</source>
        <translation>ouvir o segmento selecionado</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a recording</source>
        <translation>Abrir uma gravação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Áudio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use this recording</source>
        <translation>Não é possível usar esta gravação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot record</source>
        <translation>Não é possível gravar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop &amp;recording</source>
        <translation>Parar a &amp;gravação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Parar a gravação</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segmento(s) até agora…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>Não foi possível fazer a transcrição</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Nada foi reconhecido. Digite o que é dito na linha abaixo e adicione aos dados: é assim que o reconhecedor aprende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segmento(s). Corrija primeiro os menos seguros e depois adicione-os aos dados.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— nothing recognised</source>
        <translation>— nada reconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ baixa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(nada reconhecido: digite o que é dito na tabela abaixo)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(nenhuma fala encontrada)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot play</source>
        <translation>Não é possível ouvir</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: digite primeiro o que é dito.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some segments were not added</source>
        <translation>Alguns segmentos não foram adicionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>{n} trecho(s) adicionado(s) aos dados. Treine de novo para melhorar o reconhecedor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Exportar a transcrição</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
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
        <translation>A forma do som ao longo do tempo, em segundos</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+32"/>
        <source>Welcome — MMS Studio</source>
        <translation>Boas-vindas — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Transforme as gravações da sua comunidade em um reconhecedor de fala para o seu idioma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Começar um projeto para um idioma: um nome, o código do idioma e uma pasta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Abrir uma pasta de projeto criada antes (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Projetos abertos antes; pressione Enter para abrir o selecionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Os projetos que você abrir aparecem aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Projetos &amp;recentes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open project folder</source>
        <translation>Abrir a pasta do projeto</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+22"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <extracomment>Every template a core job (or gui/engine_jobs.py) sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Escolhendo os trechos de treinamento, de controle e de teste (falantes separados)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Carregando o modelo base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Transcrevendo com a referência “{baseline}”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Baixando o modelo base {base} (cerca de 4 GB, pode ser retomado)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcrevendo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Avaliando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Exportando {count} trecho(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>{count} trecho(s) exportado(s) para {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Importando {count} trecho(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>{imported} trecho(s) importado(s); {skipped} ignorado(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Passo {step}: CER de controle {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Treinando o adaptador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Treinando o adaptador (recalculando para caber na memória)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Interrompido antes: o CER de controle não melhorou em {count} avaliações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Ainda não há trechos de controle: o trecho {clip} fica separado para medir o progresso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Comparando com o adaptador próprio do modelo base para este idioma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Sem comparação com o modelo base: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+31"/>
        <source>Edit {field} of clip {clip}</source>
        <translation>Editar {field} do trecho {clip}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {n} clip(s)</source>
        <translation>Apagar {n} trecho(s)</translation>
    </message>
</context>
</TS>
